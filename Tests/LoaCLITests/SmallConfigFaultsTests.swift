import Foundation
import LoaLog
import LoaTestSupport
import Testing

/// The smaller faults of issue 9 on the configuration side, each through the real `loa`.
@Suite(.serialized) struct SmallConfigFaultsTests {
    func station(_ dropIn: String? = nil) throws -> String {
        let folder = try ConfigFaultTests.station()
        if let dropIn { try dropIn.write(toFile: folder + "/" + ConfigFaultTests.dropIn, atomically: true, encoding: .utf8) }
        return folder
    }

    func check(_ folder: String) throws -> ProcessResult { try run(Paths.loa, ["check", "--quiet", "--config", folder + "/loa.toml"]) }

    /// An invalid id no longer hides the item's other problems until a second run.
    @Test func anInvalidIdOrTitleDoesNotHideTheItemsOtherProblems() throws {
        let folder = try station("""
            approved_by = "Vi Văn Thái"

            [[announcement]]
            id = "Thông báo"
            title = 12
            audio = "audio/khong-co.wav"
            slots = ["trua"]
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = try check(folder).stdout
        for code in ["invalid-value", "wrong-type", "unknown-slot", "audio-missing"] {
            #expect(out.contains("error[\(code)]"), "\(code) missing from one run:\n\(out)")
        }
    }

    @Test func anIdWithACyrillicLetterSaysWhichLetterIsNotLatin() throws {
        // "thоng-bao" with U+043E CYRILLIC SMALL LETTER O.
        let folder = try station("approved_by = \"V\"\n\n[[announcement]]\nid = \"th\u{043E}ng-bao\"\ntitle = \"T\"\naudio = \"audio/chu-de.wav\"\nslots = [\"sang\"]\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = try check(folder).stdout
        #expect(out.contains("CYRILLIC SMALL LETTER O, U+043E") && out.contains("looks Latin but is not"), "\(out)")
        #expect(out.contains("id = \"thong-bao\""), "\(out)")
    }

    @Test(arguments: ["ICT", "GMT+7", "UTC+7", "Hanoi", "UTC+07:00", "Indochina Time"])
    func aTimeZoneTypedAsAnAbbreviationOrOffsetSuggestsHoChiMinh(_ typed: String) throws {
        let folder = try station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let main = try String(contentsOfFile: folder + "/loa.toml", encoding: .utf8)
        try main.replacingOccurrences(of: "timezone = \"Asia/Ho_Chi_Minh\"", with: "timezone = \"\(typed)\"")
            .write(toFile: folder + "/loa.toml", atomically: true, encoding: .utf8)
        let result = try check(folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[unknown-timezone]") && result.stdout.contains("such as \"Asia/Ho_Chi_Minh\""), "\(result.stdout)")
        #expect(!result.stdout.contains("\"GMT\""), "\(result.stdout)")
    }

    @Test func anUnquotedTimeWithoutSecondsShowsTheTwoFormsThatWork() throws {
        let folder = try station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let main = try String(contentsOfFile: folder + "/loa.toml", encoding: .utf8)
        try main.replacingOccurrences(of: "start = 06:00:00", with: "start = 06:00").write(toFile: folder + "/loa.toml", atomically: true, encoding: .utf8)
        let out = try check(folder).stdout
        #expect(out.contains("loa.toml:18:") && out.contains("error[invalid-time]"), "\(out)")
        #expect(out.contains("start = \"06:00\" (in quotes) or start = 06:00:00 (with seconds)"), "\(out)")
        #expect(out.contains("«start = 06:00»"), "the line as written: \(out)")
    }

    /// The file is named decomposed on disk (as a Mac or some Windows tools save it), typed composed in the file.
    @Test func aRecordingNamedDecomposedOnDiskIsFoundWhenTypedComposed() throws {
        let composed = "chủ-đề-tháng.wav"
        let folder = try station("approved_by = \"V\"\n\n[[announcement]]\nid = \"chu-de\"\ntitle = \"T\"\naudio = \"audio/\(composed)\"\nslots = [\"sang\"]\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let audio = folder + "/announcements.d/audio/"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.utf8) != Array(composed.utf8))
        try FileManager.default.moveItem(atPath: audio + "chu-de.wav", toPath: audio + decomposed)
        let result = try check(folder)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("OK:"), "\(result.stdout)")
    }

    /// Windows Notepad saves CRLF: errors still point at the right line.
    @Test func aCRLFFileIsNumberedByItsLines() throws {
        let folder = try station("approved_by = \"V\"\r\n\r\n[[announcement]]\r\nid = \"chu-de\"\r\ntitel = \"T\"\r\naudio = \"audio/chu-de.wav\"\r\nslots = [\"sang\"]\r\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = try check(folder).stdout
        #expect(out.contains("\(ConfigFaultTests.dropIn):5:1: error[unknown-key]"), "\(out)")
    }

    @Test(arguments: ["", "-wal", "-shm"])
    func anExportNeverWritesOverTheLog(_ suffix: String) throws {
        let folder = try station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = folder + "/airings.sqlite"
        let ledger = try AiringLog(path: log)
        try ledger.setStation(name: "Thử", timeZoneID: "Asia/Ho_Chi_Minh")
        try ledger.close()
        if !FileManager.default.fileExists(atPath: log + suffix) { _ = FileManager.default.createFile(atPath: log + suffix, contents: Data()) }
        let before = try #require(FileManager.default.contents(atPath: log))
        let result = try run(Paths.loa, ["export", "--log", log, "--output", log + suffix, "--force"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("loa never writes an export over the airing log"), "\(result.stderr)")
        #expect(FileManager.default.contents(atPath: log) == before, "the log is untouched")
        // Named another way (a relative path with ..), it is still the log.
        let other = try run(Paths.loa, ["export", "--log", log, "--output", folder + "/announcements.d/../airings.sqlite", "--force"])
        #expect(other.status == 1 && other.stderr.contains("is the airing log"), "\(other.stderr)")
    }

    @Test func anExportNeverWritesOverTheConfiguration() throws {
        let folder = try station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = folder + "/airings.sqlite"
        try AiringLog(path: log).close()
        let report = try run(Paths.loa, ["report", "--config", folder + "/loa.toml", "--log", log, "--from", "2023-11-15", "--to", "2023-11-16",
                                         "--output", folder + "/" + ConfigFaultTests.dropIn, "--force"])
        #expect(report.status == 1 && report.stderr.contains("is an announcement file of the configuration"), "\(report.stderr)")
        #expect(try String(contentsOfFile: folder + "/" + ConfigFaultTests.dropIn, encoding: .utf8).contains("[[announcement]]"))
    }
}
