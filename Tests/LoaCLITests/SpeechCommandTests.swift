import Foundation
import LoaTestSupport
import Testing

/// `loa say` and `loa check` on typed notices, through the real binary and the real espeak-ng.
@Suite struct SpeechCommandTests {
    let folder: String
    let environment: [String: String]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-say-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/announcements.d", withIntermediateDirectories: true)
        // The commands' cache goes into the test's folder, never the user's.
        environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": folder + "/cache"]) { _, b in b }
    }

    func loa(_ arguments: [String]) throws -> ProcessResult { try run(Paths.loa, arguments, environment: environment) }

    func station(speech: String = "", notices: Int = 1) throws {
        try """
        [station]
        name = "Đài truyền thanh xã Cao Lâu"

        [zones.toan-xa]
        name = "Toàn xã"
        device = "null"

        [[slot]]
        id = "sang"
        name = "Buổi sáng"
        start = "06:00"
        max_length = "30m"
        zones = ["toan-xa"]
        \(speech)
        """.write(toFile: folder + "/loa.toml", atomically: true, encoding: .utf8)
        try ("approved_by = \"Vi Văn Thái\"\n" + (1...notices).map { n in
            """

            [[announcement]]
            id = "hop-thon\(n == 1 ? "" : "-\(n)")"
            title = "Họp thôn"
            text = \"\"\"
            Tối nay họp thôn tại nhà văn hóa. Đề nghị bà con đến đúng giờ\(n == 1 ? "" : " (lần \(n))").
            \"\"\"
            slots = ["sang"]

            """
        }.joined()).write(toFile: folder + "/announcements.d/a.toml", atomically: true, encoding: .utf8)
    }

    @Test func sayWordsPrintsOneSentencePerLine() throws {
        let result = try loa(["say", "--words", "Tối nay họp thôn. Đề nghị bà con đến đúng giờ!"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2, "\(result.stdout)")
        #expect(lines.first?.hasPrefix("tối nay họp thôn") == true, "\(result.stdout)")
    }

    @Test func sayOutputWritesAWAVOfTheNoticeFromTextOrFile() throws {
        let out = folder + "/thong-bao.wav"
        let result = try loa(["say", "--output", out, "Xin chào bà con. Tối nay họp thôn."])
        #expect(result.status == 0, "\(result.stderr)")
        let seconds = Double(try run("/usr/bin/soxi", ["-D", out]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(seconds > 1.5 && seconds < 8, "\(seconds) s")
        // A file saved by Notepad: BOM, CRLF.
        try Data([0xEF, 0xBB, 0xBF] + Array("Xin chào bà con.\r\nTối nay họp thôn.".utf8)).write(to: URL(fileURLWithPath: folder + "/tb.txt"))
        let fromFile = try loa(["say", "--file", folder + "/tb.txt", "--output", folder + "/tb.wav"])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/tb.wav"))
    }

    @Test func sayPlaysTheNoticeThroughAnALSADevice() throws {
        let result = try loa(["say", "--device", "null", "Xin chào bà con."])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("played") && result.stdout.contains(".wav"), "\(result.stdout)")
    }

    @Test func sayRefusesAnEmptyNoticeAndAnUnknownVoice() throws {
        let empty = try loa(["say", "--output", folder + "/x.wav", "  . "])
        #expect(empty.status == 1 && empty.stderr.contains("empty"), "\(empty.stderr)")
        let voice = try loa(["say", "--voice", "vi-north", "Xin chào"])
        #expect(voice.status != 0 && voice.stderr.contains("vi-vn-x-south"), "\(voice.stderr)")
    }

    @Test func checkListsEachNoticeWithItsLengthAndReading() throws {
        try station()
        let result = try loa(["check", "--config", folder + "/loa.toml"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Spoken notices (1):"), "\(result.stdout)")
        #expect(result.stdout.contains("hop-thon: tối nay họp thôn"), "\(result.stdout)")
        #expect(result.stdout.contains("  0:0"), "a length in seconds: \(result.stdout)")
        // Planned with its rendered length.
        let plan = try loa(["plan", "--config", folder + "/loa.toml", "--format", "csv"])
        #expect(plan.status == 0 && plan.stdout.contains("hop-thon"), "\(plan.stdout)\(plan.stderr)")
    }

    @Test func checkReportsAHungEngineAsAnErrorAtTheNoticeWithinItsLimit() throws {
        // Three notices, one hung engine: it is run once, not once per notice (each would wait its limit).
        let runs = folder + "/runs.txt"
        try station(speech: "\n[speech]\nengine = \"command\"\ncommand = \"echo run >> \(runs); sleep 300\"\ntime_limit = \"1s\"\n", notices: 3)
        let started = Date()
        let result = try loa(["check", "--config", folder + "/loa.toml"])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.status == 1)
        #expect(result.stdout.contains("a.toml:") && result.stdout.contains("error[speech-failed]: announcement \"hop-thon\", text:"), "\(result.stdout)")
        #expect(result.stdout.contains("did not finish within 1s") && result.stdout.contains("time_limit"), "\(result.stdout)")
        #expect(result.stdout.components(separatedBy: "error[speech-failed]").count == 4, "each notice reported: \(result.stdout)")
        let engineRuns = (try? String(contentsOfFile: runs, encoding: .utf8)) ?? ""
        #expect(engineRuns.split(separator: "\n").count == 1, "the hung engine was started once: \(engineRuns)")
    }
}
