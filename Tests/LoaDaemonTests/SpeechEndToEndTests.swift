import Foundation
import LoaLog
import LoaTestSupport
import Testing

/// Typed notices through the real `loa run`: read aloud at load with the real espeak-ng, aired through a
/// capture PCM, logged with the audio's hash, named in the report; a hung engine killed and reported.
@Suite struct SpeechEndToEndTests {
    static let approved = "approved_by = \"Vi Văn Thái\"\n"
    static let emergency = "Bão số 9 đang vào đất liền. Đề nghị bà con không ra khơi, chằng chống nhà cửa."
    static let notice = "Ủy ban nhân dân xã thông báo: ngày 15/11/2023, trạm y tế xã tổ chức tiêm chủng mở rộng. Đề nghị các gia đình đưa trẻ đến đúng giờ."

    /// 16-bit stereo 48 kHz, as the capture PCM receives it: the fraction of 50 ms windows that are not silence.
    static func voicedFraction(_ data: Data) -> Double {
        let samples = data.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
        let window = 4_800
        var voiced = 0, total = 0
        for start in stride(from: 0, to: samples.count - window, by: window) {
            let rms = sqrt(samples[start..<start + window].reduce(0.0) { $0 + Double($1) * Double($1) } / Double(window))
            if rms > 300 { voiced += 1 }
            total += 1
        }
        return total == 0 ? 0 : Double(voiced) / Double(total)
    }

    static func sha256(_ path: String) throws -> String {
        let out = try run("/usr/bin/sha256sum", [path]).stdout
        return String(out.prefix(64))
    }

    static func seconds(ofWAV path: String) throws -> Double {
        Double(try run("/usr/bin/soxi", ["-D", path]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    @Test func aTextAnnouncementInASessionAndATypedEmergencyAirAreLoggedWithTheirHashesAndAppearInTheReport() async throws {
        let s = try TestStation()
        try s.tone("mot.wav", hz: 660, seconds: 0.5)
        try s.write("loa.toml", s.main(device: "loa_cap") + s.slot(inSeconds: 6, maxLength: "2m"))
        try s.write("announcements.d/a.toml", Self.approved + """
            [[announcement]]
            id = "mot"
            title = "Thông báo một"
            audio = "../mot.wav"
            slots = ["thu"]

            [[announcement]]
            id = "tiem-chung"
            title = "Tiêm chủng mở rộng"
            text = \"\"\"
            \(Self.notice)
            \"\"\"
            slots = ["thu"]
            """)
        try s.start()
        try await s.waitFor("the session aired", seconds: 60) { s.records().filter { $0.outcome == .aired }.count == 2 }
        let records = s.records()
        let spoken = try #require(records.first { $0.announcementID == "tiem-chung" })
        let path = try #require(spoken.audioPath)
        #expect(path.hasPrefix(s.folder + "/speech/"), "rendered at load into the cache beside the log: \(path)")
        #expect(spoken.audioSHA256 == (try Self.sha256(path)), "the rendered audio's hash")
        let recorded = try #require(records.first { $0.announcementID == "mot" })
        #expect(recorded.audioSHA256 == (try Self.sha256(s.folder + "/mot.wav")), "a recording's hash too")
        // The notice's file is named by the text's SHA-256 (the log has no column of its own for it).
        let textHash = String(decoding: try run("/bin/sh", ["-c", "printf '%s' \"$0\" | sha256sum", Self.notice]).stdout.utf8.prefix(64), as: UTF8.self)
        #expect(spoken.textSHA256 == textHash, "the notice's text hash (text_sha256)")
        #expect(recorded.textSHA256 == nil, "a recording has none")
        #expect(URL(fileURLWithPath: path).lastPathComponent.hasPrefix(textHash))

        // Aired whole and not silent: the tone (0.5 s) then the notice, as 48 kHz stereo 16-bit.
        let length = try Self.seconds(ofWAV: path)
        #expect(length > 6 && length < 25, "two sentences read aloud: \(length) s")
        let expectedBytes = Int((0.5 + length) * 48_000 * 4)
        try await s.waitFor("the capture written out") { s.captured().count >= expectedBytes - 48_000 * 4 / 10 }
        let capture = s.captured()
        #expect(abs(capture.count - expectedBytes) < 48_000 * 4 / 5, "\(capture.count) bytes, expected about \(expectedBytes)")
        let voice = capture.suffix(from: capture.startIndex + 24_000 * 4)
        #expect(Self.voicedFraction(Data(voice)) > 0.5, "the notice is speech, not silence")

        // A typed emergency: read aloud by `loa announce --text`, handed in, aired at once, exit 0 once aired.
        let userEnvironment = ProcessEnvironment.snapshot().merging(["XDG_CACHE_HOME": s.folder + "/user-cache"]) { _, b in b }
        let typed = try await Child(Paths.loa, ["announce", "--text", Self.emergency, "--emergency", "--config", s.folder + "/loa.toml",
                                                "--status", s.statusPath, "--emergency-folder", s.emergencyFolder],
                                    environment: userEnvironment).finished()
        #expect(typed.status == 0, "\(typed.stdout)\(typed.stderr)")
        let khan = try #require(s.records().first { $0.trigger == .emergency })
        #expect(khan.outcome == .aired && khan.title.hasPrefix("Thông báo: Bão số 9 đang vào"), "\(khan.title)")
        let khanPath = try #require(khan.audioPath)
        #expect(khan.audioSHA256 == (try Self.sha256(khanPath)), "the typed notice's audio hash")
        let khanText = String(decoding: try run("/bin/sh", ["-c", "printf '%s' \"$0\" | sha256sum", Self.emergency]).stdout.utf8.prefix(64), as: UTF8.self)
        #expect(khan.textSHA256 == khanText, "the typed notice's text hash")
        let khanLength = try Self.seconds(ofWAV: khanPath)
        #expect(khanLength > 3 && khanLength < 20, "\(khanLength) s")
        let withKhan = expectedBytes + Int(khanLength * 48_000 * 4)
        try await s.waitFor("the emergency's capture written out") { s.captured().count >= withKhan - 48_000 * 4 / 10 }
        let all = s.captured()
        #expect(abs(all.count - withKhan) < 48_000 * 4 / 5, "\(all.count) bytes, expected about \(withKhan)")
        #expect(Self.voicedFraction(Data(all.suffix(from: all.startIndex + capture.count))) > 0.5, "the emergency is speech, not silence")

        // The report names the notice by its title and how it begins, and counts the emergency as unplanned.
        let report = try run(Paths.loa, ["report", "--config", s.folder + "/loa.toml", "--log", s.folder + "/airings.sqlite", "--format", "csv"],
                             environment: userEnvironment)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Tiêm chủng mở rộng — «Ủy ban nhân dân xã thông báo:"), "\(report.stdout)")
        let json = try run(Paths.loa, ["report", "--config", s.folder + "/loa.toml", "--log", s.folder + "/airings.sqlite", "--format", "json"],
                           environment: userEnvironment)
        #expect(json.stdout.contains("\"unplanned\" : 1") || json.stdout.contains("\"unplanned\":1"), "\(json.stdout)")
        let log = try run(Paths.loa, ["log", "--log", s.folder + "/airings.sqlite"], environment: userEnvironment)
        #expect(log.stdout.contains("Thông báo: Bão số 9") && log.stdout.contains("Tiêm chủng mở rộng"), "\(log.stdout)")
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }

    @Test func aHungEngineIsKilledAtItsLimitTheNoticeIsLoggedFailedAndTheRestOfTheSessionAirs() async throws {
        let s = try TestStation()
        try s.tone("a.wav", hz: 440, seconds: 0.5)
        try s.tone("b.wav", hz: 550, seconds: 0.5)
        let main = s.main(device: "loa_cap") + """

            [speech]
            engine = "command"
            command = "echo $$ > \(s.folder)/engine.pid; exec sleep 600"
            time_limit = "2s"
            """ + s.slot(inSeconds: 8, maxLength: "2m")
        try s.write("loa.toml", main)
        try s.write("announcements.d/a.toml", Self.approved + """
            [[announcement]]
            id = "a"
            title = "Mục a"
            audio = "../a.wav"
            slots = ["thu"]

            [[announcement]]
            id = "hop"
            title = "Họp thôn"
            text = "Tối nay họp thôn lúc 19h30 tại nhà văn hóa."
            slots = ["thu"]

            [[announcement]]
            id = "b"
            title = "Mục b"
            audio = "../b.wav"
            slots = ["thu"]
            """)
        let started = Date()
        try s.start()
        try await s.waitFor("the load finished", seconds: 120) { s.stderr.contains("is on air") }
        // Generous: the machine may be loaded; an engine left to run would hold the start for 600 s.
        let loadSeconds = Date().timeIntervalSince(started)
        #expect(loadSeconds < 60, "the hung engine was stopped at its 2 s limit: the daemon was on air after \(loadSeconds) s")
        #expect(s.stderr.contains("hop") && s.stderr.contains("did not finish within 2s"), "\(s.stderr)")
        try await s.waitFor("the session aired", seconds: 60) { s.records().filter { $0.outcome != .onAir }.count == 3 }
        let records = s.records()
        #expect(records.count == 3, "one row each, the failed notice once: \(records.map { "\($0.announcementID ?? "") \($0.outcome)" })")
        let outcomes = Dictionary(records.map { ($0.announcementID ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(outcomes["a"]?.outcome == .aired && outcomes["b"]?.outcome == .aired)
        #expect(outcomes["hop"]?.outcome == .failed)
        #expect(outcomes["hop"]?.reason?.contains("could not be read aloud") == true, "\(outcomes["hop"]?.reason ?? "")")
        #expect(outcomes["hop"]?.textSHA256?.count == 64, "a notice that failed still names its text")
        let enginePID = try #require(Int32((try String(contentsOfFile: s.folder + "/engine.pid", encoding: .utf8))
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(enginePID, 0) != 0 && errno == ESRCH, "the engine (pid \(enginePID)) is not left running")
        // Nothing of the failed notice reached the loudspeakers: the two tones only.
        try await s.waitFor("the capture written out") { s.captured().count >= 2 * 24_000 * 4 }
        #expect(abs(s.captured().count - 2 * 24_000 * 4) < 4_800 * 4)
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }
}
