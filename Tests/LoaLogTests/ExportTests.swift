import Foundation
import LoaTestSupport
import LoaCLI
import LoaCore
import Testing
@testable import LoaLog

@Suite struct ExportTests {
    static let awkwardTitle = "Thông báo \"khẩn\": lịch tiêm chủng, đợt 2\nThôn Nà Mu & Bản Pjạc"

    /// Five airings with every outcome that has a row, Vietnamese everywhere, one title needing quotes.
    static func fixture(_ folder: TemporaryFolder) throws -> String {
        let path = folder.file("airings.sqlite")
        let log = try AiringLog(path: path)
        try log.setStation(name: "Đài truyền thanh xã Cao Lâu", timeZoneID: "Asia/Ho_Chi_Minh")
        let a = try log.begin(Sample.start(zones: ["thon-na-mu", "toan-xa"]))
        try log.finish(a, outcome: .aired, endMs: Sample.start().startMs + 61_234, playedMs: 61_226)
        let b = try log.begin(Sample.start("tiem-chung", title: awkwardTitle, at: LocalTime(hour: 6, minute: 2)!, campaign: nil))
        try log.finish(b, outcome: .interrupted, endMs: Sample.start().startMs + 150_000, playedMs: 20_500, reason: "khẩn cấp: báo cháy ở chợ")
        // Typed on Windows: decomposed letters are stored composed.
        _ = try log.begin(Sample.start("le-phat-dong", title: "Lễ phát động".decomposedStringWithCanonicalMapping,
                                       date: Sample.date.adding(days: 1), at: LocalTime(hour: 7, minute: 30)!))
        try log.recordNotAired([planned(Sample.start("chu-de", date: Sample.date.adding(days: 2)))], reason: "mất điện cả xã",
                               configRevision: "rev-1")
        try log.close()
        return path
    }

    static func planned(_ s: AiringStart) -> PlannedAiring {
        PlannedAiring(identity: s.identity, kind: .item, startMs: s.plannedStartMs, dueMs: s.plannedStartMs, lengthMs: 30_000,
                      slotID: s.identity.slot, announcementID: s.announcementID, title: s.title, campaign: s.campaign,
                      zones: s.identity.zones, devices: s.devices, audio: AudioRef(written: "a.wav", path: s.audioPath ?? ""),
                      priority: s.priority, gainDB: 0)
    }

    @Test func csvRoundTripsThroughPythonWithDiacriticsIntact() throws {
        let folder = try TemporaryFolder()
        let log = try Self.fixture(folder)
        let out = folder.file("nhật-ký.csv")
        try runLoa(["export", "--log", log, "--format", "csv", "--output", out])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        // Every line ends in CRLF; the one line break inside a title is inside quotes.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                rows = list(csv.reader(f))
            print(json.dumps(rows, ensure_ascii=False))
            """
        let result = try shell(["python3", "-c", script, out])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try JSONDecoder().decode([[String]].self, from: Data(result.stdout.utf8))
        #expect(rows.count == 5)
        #expect(rows[0] == CSVExporter.header(.vi))
        #expect(rows[0][2] == "Buổi phát")
        let byID = Dictionary(rows.dropFirst().map { ($0[7], $0) }, uniquingKeysWith: { first, _ in first })
        let chuDe = try #require(rows.dropFirst().first { $0[7] == "chu-de" && $0[1] == "2023-11-15" })
        #expect(chuDe[3] == "2023-11-15 06:00:00")
        #expect(chuDe[4] == "2023-11-15 06:00:00.008")
        #expect(chuDe[5] == "2023-11-15 06:01:01.242")
        #expect(chuDe[6] == "61.226")
        #expect(chuDe[8] == "Chủ đề Tháng hành động năm 2023")
        #expect(chuDe[9] == "Tháng hành động vì bình đẳng giới 2023")
        #expect(chuDe[10] == "thon-na-mu toan-xa")
        #expect(chuDe[14] == "ưu tiên")
        #expect(chuDe[15] == "theo lịch")
        #expect(chuDe[16] == "đã phát")
        let tiem = try #require(byID["tiem-chung"])
        #expect(tiem[8] == Self.awkwardTitle)
        #expect(tiem[9] == "")
        #expect(tiem[16] == "bị ngắt")
        #expect(tiem[17] == "khẩn cấp: báo cháy ở chợ")
        let leDong = try #require(byID["le-phat-dong"])
        #expect(leDong[8] == "Lễ phát động")
        #expect(leDong[8].unicodeScalars.count == "Lễ phát động".precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(leDong[16] == "đang phát")
        let missed = try #require(rows.last)
        #expect(missed[16] == "bị lỡ")
        #expect(missed[4] == "" && missed[6] == "")
        #expect(missed[17] == "mất điện cả xã")
    }

    @Test func csvInEnglishAndFiltered() throws {
        let folder = try TemporaryFolder()
        let log = try Self.fixture(folder)
        let out = folder.file("airings.csv")
        try runLoa(["export", "--log", log, "--lang", "en", "--from", "15/11/2023", "--to", "2023-11-16",
                    "--campaign", Sample.campaign.decomposedStringWithCanonicalMapping, "-o", out])
        let result = try shell(["python3", "-c", "import csv,sys,json; print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8-sig'))), ensure_ascii=False))", out])
        let rows = try JSONDecoder().decode([[String: String]].self, from: Data(result.stdout.utf8))
        #expect(rows.map { $0["announcement"] ?? "" } == ["chu-de", "le-phat-dong"])
        #expect(rows.map { $0["outcome"] ?? "" } == ["aired", "on_air"])
        #expect(rows[0]["campaign"] == Sample.campaign)
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let folder = try TemporaryFolder()
        let log = try Self.fixture(folder)
        let out = folder.file("airings.json")
        try runLoa(["export", "--log", log, "--format", "json", "--output", out])
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/airings.schema.json").path
        let script = """
            import json, sys, jsonschema
            doc = json.load(open(sys.argv[1], encoding='utf-8'))
            jsonschema.Draft202012Validator(json.load(open(sys.argv[2]))).validate(doc)
            assert doc['count'] == len(doc['airings'])
            print(json.dumps(doc, ensure_ascii=False))
            """
        let result = try shell(["python3", "-c", script, out, schema])
        #expect(result.status == 0, "\(result.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(doc["station"] as? String == "Đài truyền thanh xã Cao Lâu")
        let airings = try #require(doc["airings"] as? [[String: Any]])
        #expect(airings.count == 4)
        #expect(airings[0]["start"] as? String == "2023-11-15T06:00:00.008+07:00")
        #expect(airings[0]["startUTC"] as? String == "2023-11-14T23:00:00.008Z")
        #expect(airings[0]["zones"] as? [String] == ["thon-na-mu", "toan-xa"])
        #expect(airings[1]["title"] as? String == Self.awkwardTitle)
        #expect(airings[3]["outcome"] as? String == "missed")
        #expect(airings[3]["start"] is NSNull)
    }

    @Test func anExistingFileNeedsForceAndIsNotTouchedWithoutIt() throws {
        let folder = try TemporaryFolder()
        let log = try Self.fixture(folder)
        let out = folder.file("báo-cáo.csv")
        try Data("của cán bộ văn hoá".utf8).write(to: URL(fileURLWithPath: out))
        #expect(throws: (any Error).self) { try runLoa(["export", "--log", log, "-o", out]) }
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "của cán bộ văn hoá")
        try runLoa(["export", "--log", log, "-o", out, "--force"])
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Chủ đề Tháng hành động năm 2023"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("partial") }.isEmpty)
    }

    /// A full disk (here /dev/full, and a buffer that fills on the first row) is the output's fault, and
    /// is said to be: not "the airing log could not be used".
    @Test func anOutputThatCannotBeWrittenIsBlamedNotTheLog() throws {
        let folder = try TemporaryFolder()
        let reader = try AiringLogReader(path: try Self.fixture(folder))
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0)
        defer { close(full) }
        for format in ["csv", "json", "logbook"] {
            let sink = ByteSink(fd: full, flushAt: 16)
            var thrown: (any Error)?
            do {
                switch format {
                case "csv":
                    var exporter = CSVExporter(lang: .vi, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
                    try exporter.export(reader, filter: AiringFilter(), to: sink)
                case "json":
                    var exporter = JSONExporter(station: nil, timeZoneID: "Asia/Ho_Chi_Minh", timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
                    try exporter.export(reader, filter: AiringFilter(), to: sink)
                default:
                    var logbook = Logbook(lang: .vi, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)
                    try logbook.write(reader, filter: AiringFilter(), station: nil, to: sink)
                }
            } catch {
                thrown = error
            }
            #expect(thrown is SinkError, "\(format): \(String(describing: thrown))")
            #expect("\(thrown.map { "\($0)" } ?? "")".contains("No space left on device"), "\(format)")
        }
    }

    @Test func exportingABadLogWritesNothing() throws {
        let folder = try TemporaryFolder()
        let notALog = folder.file("notes.txt")
        try Data("ghi chú".utf8).write(to: URL(fileURLWithPath: notALog))
        let out = folder.file("out.csv")
        #expect(throws: (any Error).self) { try runLoa(["export", "--log", notALog, "-o", out]) }
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try String(contentsOfFile: notALog, encoding: .utf8) == "ghi chú")
    }
}

func runLoa(_ arguments: [String]) throws {
    var command = try LoaCommand.parseAsRoot(arguments)
    try command.run()
}

@Suite struct OutputTargetTests {
    /// Writing to a pipe or a device must write into it, never rename a file over it (it once replaced
    /// /dev/null with a regular file).
    @Test func aPipeIsWrittenIntoNotReplaced() throws {
        let folder = try TemporaryFolder()
        let log = try ExportTests.fixture(folder)
        let fifo = folder.file("ống")
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = try Child("/bin/cat", [fifo])
        try runLoa(["export", "--log", log, "-o", fifo])
        let text = reader.finish().stdout
        #expect(text.contains("Chủ đề Tháng hành động năm 2023"))
        var info = stat()
        #expect(stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }
}
