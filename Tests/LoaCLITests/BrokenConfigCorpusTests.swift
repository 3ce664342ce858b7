import Foundation
import LoaTestSupport
import LoaAudio
import LoaCore
import Testing

/// Every configuration under Tests/Fixtures/broken has exactly one mistake; each must be reported with
/// its code, file, line, subject and the words an officer needs, and nothing else.
@Suite struct BrokenConfigCorpusTests {
    struct Expected: Decodable {
        var code: String
        var file: String
        var line: Int?
        var subject: String?
        var contains: [String]
    }

    struct ExpectedWarnings: Decodable {
        struct Warning: Decodable {
            var code: String
            var subject: String?
        }
        var warnings: [Warning]
    }

    static let today = LocalDate(year: 2023, month: 11, day: 1)!

    func check(_ folder: String) -> CheckResult {
        ConfigChecker.check(ConfigLoader.load(mainFile: folder + "/loa.toml"), probe: SndFileProbe(), today: Self.today)
    }

    @Test func theCorpusIsBigEnough() {
        #expect(Paths.cases("broken").count >= 30)
        #expect(Paths.cases("valid").count >= 4)
    }

    @Test(arguments: Paths.cases("broken"))
    func brokenConfigurationIsReportedPrecisely(_ name: String) throws {
        let folder = Paths.fixtures + "/broken/" + name
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json")))
        let result = check(folder)
        #expect(result.hasErrors)
        let matching = result.diagnostics.errors.filter {
            $0.code.rawValue == expected.code && $0.file == expected.file
                && (expected.line == nil || $0.line == expected.line) && (expected.subject == nil || $0.subject == expected.subject)
        }
        let all = result.diagnostics.sorted.map(\.description).joined(separator: "\n")
        let found = try #require(matching.first, "expected \(expected.code) at \(expected.file):\(expected.line ?? 0), got:\n\(all)")
        let text = (found.message + " " + found.fix).nfc
        for word in expected.contains {
            #expect(text.contains(word.nfc), "\(word) missing from: \(found)")
        }
        #expect(result.diagnostics.errors.count == 1, "one mistake, one error; got:\n\(all)")
        #expect(found.line > 0 && found.column > 0)
        #expect(!found.fix.isEmpty, "every error says what would be right")
    }

    @Test(arguments: Paths.cases("valid"))
    func validConfigurationLoadsWithItsWarnings(_ name: String) throws {
        let folder = Paths.fixtures + "/valid/" + name
        let expected = try JSONDecoder().decode(ExpectedWarnings.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json")))
        let result = check(folder)
        #expect(!result.hasErrors, "\(result.diagnostics.sorted.map(\.description).joined(separator: "\n"))")
        #expect(result.diagnostics.warnings.map(\.code.rawValue) == expected.warnings.map(\.code))
        #expect(result.diagnostics.warnings.map(\.subject) == expected.warnings.map { $0.subject ?? "" })
        let t = try #require(result.timetable)
        #expect(t.station.name == "Đài truyền thanh xã Cao Lâu")
    }

    @Test func campaignOverflowNamesTheDays() throws {
        let result = check(Paths.fixtures + "/valid/campaign-overflow")
        let warning = try #require(result.diagnostics.warnings.first)
        for day in ["2023-11-15", "2023-11-17"] { #expect(warning.message.contains(day)) }
    }
}
