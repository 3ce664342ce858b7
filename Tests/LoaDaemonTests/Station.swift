import Foundation
import LoaCore
import LoaLog
import LoaTestSupport

/// A station in a temporary folder for end-to-end runs of the real `loa run`: its own ALSA
/// configuration (file PCMs, one unpaced and one paced through a reader that drains at the byte rate),
/// tone files, configuration files written by the test, and the daemon as a child process.
final class TestStation: @unchecked Sendable {
    let folder: String
    let resolver = LocalTimeResolver(timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
    private(set) var process: Process?
    private var stderrFile: FileHandle?
    /// Where the daemon writes its status file (a test may put it in a folder of a group of its own).
    var statusPath: String
    var emergencyFolder: String { folder + "/emergency" }

    static let rate = 48_000

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-e2e-\(UUID().uuidString)").path
        statusPath = folder + "/status.json"
        try FileManager.default.createDirectory(atPath: folder + "/announcements.d", withIntermediateDirectories: true)
        let reader = """
        import sys, time
        out = open(sys.argv[1], 'ab')
        rate = int(sys.argv[2])
        start = None
        total = 0
        while True:
            chunk = sys.stdin.buffer.read1(4096)
            if not chunk:
                break
            if start is None:
                start = time.monotonic()
            out.write(chunk)
            out.flush()
            total += len(chunk)
            ahead = total / rate - (time.monotonic() - start)
            if ahead > 0:
                time.sleep(ahead)
        """
        try reader.write(toFile: folder + "/paced-reader.py", atomically: true, encoding: .utf8)
        let alsa = """
        </usr/share/alsa/alsa.conf>
        pcm.loa_cap {
            type file
            slave.pcm "null"
            # Appended through a pipe: every session opens the device anew, and the plugin's own file would
            # be rewritten from its start.
            file "|cat >> \(folder)/capture.raw"
            format "raw"
        }
        pcm.loa_paced {
            type file
            slave.pcm "null"
            file "|python3 \(folder)/paced-reader.py \(folder)/paced.raw \(Self.rate * 4)"
            format "raw"
        }
        """
        try alsa.write(toFile: folder + "/asound.conf", atomically: true, encoding: .utf8)
    }

    deinit {
        if let p = process, p.isRunning { kill(p.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A stereo 16-bit 48 kHz sine tone; returns its samples as they will reach ALSA.
    @discardableResult
    func tone(_ name: String, hz: Double, seconds: Double) throws -> Data {
        let frames = Int(seconds * Double(Self.rate))
        var pcm = Data(capacity: frames * 4)
        for i in 0..<frames {
            let v = Int16(8000 * sin(2 * Double.pi * hz * Double(i) / Double(Self.rate)))
            for _ in 0..<2 { withUnsafeBytes(of: v.littleEndian) { pcm.append(contentsOf: $0) } }
        }
        var wav = Data("RIFF".utf8)
        func u32(_ x: Int) { withUnsafeBytes(of: UInt32(x).littleEndian) { wav.append(contentsOf: $0) } }
        func u16(_ x: Int) { withUnsafeBytes(of: UInt16(x).littleEndian) { wav.append(contentsOf: $0) } }
        u32(36 + pcm.count)
        wav.append(contentsOf: Data("WAVEfmt ".utf8))
        u32(16); u16(1); u16(2); u32(Self.rate); u32(Self.rate * 4); u16(4); u16(16)
        wav.append(contentsOf: Data("data".utf8))
        u32(pcm.count)
        wav.append(pcm)
        try wav.write(to: URL(fileURLWithPath: folder + "/" + name))
        return pcm
    }

    /// Station-local `HH:MM:SS`, `seconds` from now.
    func clock(inSeconds seconds: Double) -> String {
        let ms = Int64((Date().timeIntervalSince1970 + seconds) * 1000)
        let t = resolver.local(ms).time
        return String(format: "%02d:%02d:%02d", t.hour, t.minute, t.second)
    }

    func write(_ relative: String, _ text: String) throws {
        let path = folder + "/" + relative
        try text.write(toFile: path + ".tmp", atomically: false, encoding: .utf8)
        _ = rename(path + ".tmp", path)
    }

    func main(device: String, pause: String = "0s") -> String {
        """
        [station]
        name = "Đài truyền thanh xã Cao Lâu (thử)"
        pause = "\(pause)"

        [zones.toan-xa]
        name = "Toàn xã"
        device = "\(device)"
        """
    }

    /// A session `thu` on the one zone, starting `seconds` from now.
    func slot(inSeconds seconds: Double, maxLength: String = "3m", intro: String? = nil) -> String {
        """

        [[slot]]
        id = "thu"
        name = "Buổi thử"
        start = "\(clock(inSeconds: seconds))"
        max_length = "\(maxLength)"
        zones = ["toan-xa"]
        \(intro.map { "intro = \"\($0)\"" } ?? "")
        """
    }

    /// An announcement of the session `thu` (or at a fixed time) with audio `../ID.wav`.
    func announcement(_ id: String, _ title: String, at: String? = nil) -> String {
        """

        [[announcement]]
        id = "\(id)"
        title = "\(title)"
        audio = "../\(id).wav"
        \(at.map { "at = [\"\($0)\"]" } ?? "slots = [\"thu\"]")

        """
    }

    /// A test sound card named `loa_card_NAME` (Tests/Fixtures/alsa-plugin: plays by the clock, one opener
    /// at a time) that appends what it plays to NAME.raw and the wall-clock instant of each start (its
    /// first sample playing) to NAME.starts. Call before `start()`.
    func card(_ name: String) throws -> String {
        let plugin = folder + "/libasound_module_pcm_loaclock.so"
        var text = ""
        if !FileManager.default.fileExists(atPath: plugin) {
            if let problem = TestSoundCard.build(to: plugin) { throw DaemonTestFailure("the test sound card: \(problem)") }
            text += "pcm_type.loaclock { lib \"\(plugin)\" }\n"
        }
        text += "pcm.loa_card_\(name) { type loaclock file \"\(folder)/\(name).raw\" stamp \"\(folder)/\(name).starts\" }\n"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/asound.conf"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        return "loa_card_\(name)"
    }

    /// When the card NAME started playing, Unix nanoseconds, one per opening that played.
    func starts(_ name: String) -> [Int64] {
        ((try? String(contentsOfFile: folder + "/\(name).starts", encoding: .utf8)) ?? "").split(separator: "\n").compactMap { Int64($0) }
    }

    /// Station-local `HH:MM:SS` of a Unix-seconds instant.
    func clock(atUnixSeconds seconds: Int64) -> String {
        let t = resolver.local(seconds * 1000).time
        return String(format: "%02d:%02d:%02d", t.hour, t.minute, t.second)
    }

    // MARK: - The daemon

    /// `prefix`: a command that execs the daemon after it (prlimit, setpriv), its arguments, without loa;
    /// `binary`: loa's path (a copy another user can run).
    func start(extra: [String] = [], environment: [String: String] = [:], prefix: [String] = [], binary: String = Paths.loa) throws {
        let p = Process()
        let arguments = ["run", "--config", folder + "/loa.toml", "--log", folder + "/airings.sqlite", "--status", statusPath,
                         "--emergency-folder", emergencyFolder] + extra
        if let command = prefix.first {
            p.executableURL = URL(fileURLWithPath: command)
            p.arguments = Array(prefix.dropFirst()) + [binary] + arguments
        } else {
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = arguments
        }
        var env = ProcessEnvironment.snapshot()
        env["ALSA_CONFIG_PATH"] = folder + "/asound.conf"
        env["LOA_LOG_LEVEL"] = "info"
        // sd_notify's variables are the test's to give: a test run under systemd would pass its own on.
        for name in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"] { env.removeValue(forKey: name) }
        env.merge(environment) { _, new in new }
        p.environment = env
        _ = FileManager.default.createFile(atPath: folder + "/stderr.log", contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/stderr.log"))
        try handle.seekToEnd()
        p.standardError = handle
        p.standardOutput = handle
        try p.run()
        process = p
        stderrFile = handle
    }

    /// `loa announce ARGUMENTS` for this station's daemon, started now in a child.
    func announce(_ arguments: [String]) throws -> Child {
        try Child(Paths.loa, ["announce"] + arguments + ["--status", statusPath, "--emergency-folder", emergencyFolder])
    }

    /// The requests waiting in a folder (what a daemon would take).
    func waitingRequests(in folder: String? = nil) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder ?? emergencyFolder)) ?? []).filter { !$0.hasPrefix(".") }
    }

    var stderr: String { (try? String(contentsOfFile: folder + "/stderr.log", encoding: .utf8)) ?? "" }

    func signal(_ sig: Int32) {
        if let p = process { kill(p.processIdentifier, sig) }
    }

    /// Runs `arguments` `seconds` after `from` in a child of its own, so that the moment it acts on the
    /// daemon (a signal, an emergency) does not depend on when this test process is next scheduled: tests
    /// run side by side on few cores, and an await here may resume seconds late.
    func at(_ seconds: Double, after from: Date, run arguments: [String]) throws -> Child {
        let wait = max(0, seconds - Date().timeIntervalSince(from))
        return try Child("/bin/sh", ["-c", "sleep \"$0\"; exec \"$@\"", String(format: "%.3f", wait)] + arguments)
    }

    /// `kill -SIG` on the daemon `seconds` after `from`.
    func signal(_ name: String, at seconds: Double, after from: Date) throws -> Child {
        guard let p = process else { throw DaemonTestFailure("the daemon is not started") }
        return try at(seconds, after: from, run: ["kill", "-\(name)", "\(p.processIdentifier)"])
    }

    /// Waits for the daemon to exit; its status, or nil if it did not within `seconds`.
    func waitForExit(seconds: Double) async -> (status: Int32, signaled: Bool)? {
        guard let p = process else { return nil }
        let deadline = Date().addingTimeInterval(seconds)
        while p.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        if p.isRunning { return nil }
        return (p.terminationStatus, p.terminationReason == .uncaughtSignal)
    }

    func records() -> [AiringRecord] {
        guard FileManager.default.fileExists(atPath: folder + "/airings.sqlite"),
              let reader = try? AiringLogReader(path: folder + "/airings.sqlite") else { return [] }
        return (try? reader.records(AiringFilter())) ?? []
    }

    func captured(_ name: String = "capture.raw") -> Data {
        FileManager.default.contents(atPath: folder + "/" + name) ?? Data()
    }

    func waitFor(_ what: String, seconds: Double = 25, _ condition: () -> Bool) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() > deadline { throw DaemonTestFailure("timed out waiting for \(what); daemon said:\n\(stderr)") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
