import Foundation
import LoaLog
import LoaTestSupport
import Testing

/// The real `loa run` under the limits systemd/loa.service gives it: no CAP_SYS_NICE, and RLIMIT_RTPRIO
/// as its LimitRTPRIO= says. The output thread takes the real-time class for an airing's start where that
/// limit allows it, and goes on at its own priority, with nothing above debug in the journal, where it
/// does not. What it got is read back from the kernel by the thread itself (`pthread_getschedparam`) and
/// said at debug level, 2 s before the instant. Not a timing test: it only asks which class it got.
@Suite struct RealtimeStartTests {
    static let approved = "approved_by = \"Vi Văn Thái\"\n"
    /// systemd/loa.service's LimitRTPRIO=, and the priority StartInstant asks for.
    static let unitLimit = 10

    /// As root (CI): an ordinary user (nobody), so no capability at all, with the limit set first by
    /// prlimit. Otherwise as the user running the tests, who may lower a limit but raise it only up to
    /// the hard limit.
    static func prefix(rtprio: Int) -> [String] {
        if getuid() == 0 {
            return ["/usr/bin/prlimit", "--rtprio=\(rtprio):\(rtprio)", "--",
                    "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
        }
        return ["/usr/bin/prlimit", "--rtprio=\(rtprio)", "--"]
    }

    /// Whether this process can give the daemon the unit's limit: the hard limit reaches it, or it may
    /// raise it (CAP_SYS_RESOURCE, which root in a container often lacks: then nothing here can).
    static var canGiveTheUnitsLimit: Bool {
        var limit = rlimit()
        // RLIMIT_RTPRIO (14 on Linux; glibc's macro does not reach Swift).
        guard getrlimit(__rlimit_resource_t(14), &limit) == 0 else { return false }
        return limit.rlim_max >= rlim_t(unitLimit) || hasCapability(24)  // CAP_SYS_RESOURCE
    }

    /// Whether the effective capabilities (/proc/self/status) hold capability number `bit`.
    static func hasCapability(_ bit: Int) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("CapEff:") }),
              let mask = UInt64(line.dropFirst("CapEff:".count).trimmingCharacters(in: .whitespaces), radix: 16) else { return false }
        return mask & (1 << UInt64(bit)) != 0
    }

    /// One fixed-time airing 5 s from now on the capture device, the daemon run under `prefix` at debug
    /// level; returns its journal once the airing is logged aired.
    static func airOnce(prefix: [String]) async throws -> String {
        let s = try TestStation()
        // The daemon runs as another user when the tests run as root: it writes its log, status and capture here.
        chmod(s.folder, 0o777)
        chmod(s.folder + "/announcements.d", 0o777)
        try s.tone("mot.wav", hz: 660, seconds: 0.3)
        try s.write("loa.toml", s.main(device: "loa_cap"))
        try s.write("announcements.d/a.toml", approved + s.announcement("mot", "Thông báo một", at: s.clock(inSeconds: 5)))
        try s.start(environment: ["LOA_LOG_LEVEL": "debug"], prefix: prefix, binary: try binaryNobodyCanRun(s))
        try await s.waitFor("the airing aired", seconds: 40) { s.records().contains { $0.outcome == .aired } }
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 15)
        return s.stderr
    }

    /// The built loa where nobody may run it there, else a copy in the station's folder (a checkout in a
    /// private folder).
    static func binaryNobodyCanRun(_ s: TestStation) throws -> String {
        guard getuid() == 0 else { return Paths.loa }
        let check = try LoaTestSupport.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "/bin/test", "-x", Paths.loa])
        if check.status == 0 { return Paths.loa }
        let copy = s.folder + "/loa"
        try FileManager.default.copyItem(atPath: Paths.loa, toPath: copy)
        return copy
    }

    @Test(.enabled(if: canGiveTheUnitsLimit, "RLIMIT_RTPRIO cannot reach 10 here (hard limit below it, no CAP_SYS_RESOURCE to raise it)"))
    func underTheUnitsLimitTheOutputThreadTakesTheRealtimeClassForTheStart() async throws {
        let journal = try await Self.airOnce(prefix: Self.prefix(rtprio: Self.unitLimit))
        let said = journal.split(separator: "\n").filter { $0.contains("real-time class for the start") }
        #expect(said.contains { $0.hasPrefix("debug: ") && $0.contains("loa_cap: real-time class for the start: SCHED_FIFO priority 10") },
                "the daemon said:\n\(journal)")
    }

    /// Where the unit's limit cannot be given (a container's root without CAP_SYS_RESOURCE), the same class
    /// through CAP_SYS_NICE: the daemon's own part (asking, the kernel granting, what it says) is the same.
    @Test(.enabled(if: getuid() == 0 && hasCapability(23), "not root with CAP_SYS_NICE"))
    func withTheRightToItTheOutputThreadTakesTheRealtimeClassForTheStart() async throws {
        let journal = try await Self.airOnce(prefix: [])
        #expect(journal.split(separator: "\n").contains { $0.hasPrefix("debug: ") && $0.contains("loa_cap: real-time class for the start: SCHED_FIFO priority 10") },
                "the daemon said:\n\(journal)")
    }

    @Test func refusedItFallsBackQuietlyAndStillAirs() async throws {
        let journal = try await Self.airOnce(prefix: Self.prefix(rtprio: 0))
        let lines = journal.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("debug: ") && $0.contains("loa_cap: no real-time class for the start (Operation not permitted): SCHED_OTHER") },
                "the daemon said:\n\(journal)")
        // Quietly: the refusal is said at debug level only, and nothing warns or fails.
        #expect(!lines.contains { ($0.hasPrefix("warning: ") || $0.hasPrefix("error: ")) }, "the daemon said:\n\(journal)")
    }
}
