import Foundation
import LoaAudio
import LoaCore
import LoaTestSupport
import Testing

/// Every diagnostic in both languages: the codes, each problem of the broken and valid corpora, and the
/// real `loa check` choosing its language from the environment or `--lang`.
@Suite struct VietnameseDiagnosticsTests {
    static let today = LocalDate(year: 2023, month: 11, day: 1)!

    func check(_ folder: String) -> CheckResult {
        ConfigChecker.check(ConfigLoader.load(mainFile: folder + "/loa.toml"), probe: SndFileProbe(), today: Self.today)
    }

    @Test(arguments: Diagnostic.Code.allCases)
    func everyCodeHasAVietnameseTitle(_ code: Diagnostic.Code) {
        #expect(!code.title.en.isEmpty)
        #expect(code.title.vi != code.title.en)
        #expect(hasVietnameseLetters(code.title.vi), "\(code.rawValue): \(code.title.vi)")
    }

    /// What a Vietnamese diagnostic must be: not the English, written in Vietnamese, the code unchanged.
    func expectVietnamese(_ d: Diagnostic) {
        #expect(d.message(in: .vi) != d.message(in: .en), "\(d)")
        #expect(hasVietnameseLetters(d.message(in: .vi)), "no Vietnamese in: \(d.description(in: .vi))")
        if !d.fix.isEmpty {
            #expect(d.fix(in: .vi) != d.fix(in: .en), "\(d)")
            #expect(hasVietnameseLetters(d.fix(in: .vi)), "no Vietnamese in: \(d.description(in: .vi))")
        }
        if !d.subject.isEmpty && d.subject.contains("\"") { #expect(d.subject(in: .vi) != d.subject(in: .en), "\(d)") }
        #expect(d.description(in: .vi).contains("\(d.severity.rawValue)[\(d.code.rawValue)]"))
        #expect(d.description(in: .vi) == d.description(in: .vi).nfc)
    }

    @Test(arguments: Paths.cases("broken"))
    func everyProblemOfTheBrokenCorpusReadsInVietnamese(_ name: String) {
        let result = check(Paths.fixtures + "/broken/" + name)
        #expect(!result.diagnostics.all.isEmpty)
        for d in result.diagnostics.all { expectVietnamese(d) }
    }

    @Test(arguments: Paths.cases("valid"))
    func everyWarningOfTheValidCorpusReadsInVietnamese(_ name: String) {
        for d in check(Paths.fixtures + "/valid/" + name).diagnostics.all { expectVietnamese(d) }
    }

    /// The environment of the test run without any locale variable, plus `locale`.
    func environment(_ locale: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] { env[name] = nil }
        return env.merging(locale) { _, new in new }
    }

    static let unknownSlot = Paths.fixtures + "/broken/29-unknown-slot-in-announcement/loa.toml"
    static let vietnameseLine = "error[unknown-slot]: thông báo \"chu-de\", slots: không có buổi phát nào mã là \"trua\"."
    static let englishLine = "error[unknown-slot]: announcement \"chu-de\", slots: there is no slot \"trua\"."

    @Test func aVietnameseLocalePrintsVietnamese() throws {
        let result = try run(Paths.loa, ["check", "--config", Self.unknownSlot], environment: environment(["LANG": "vi_VN.UTF-8"]))
        #expect(result.status == 1)
        #expect(result.stdout.contains(Self.vietnameseLine), "\(result.stdout)")
        #expect(result.stdout.contains("Các buổi phát có trong loa.toml: sang, chieu."), "\(result.stdout)")
        #expect(result.stdout.contains("1 lỗi: loa sẽ không lập lịch phát"), "\(result.stdout)")
        #expect(!result.stdout.contains("there is no slot"))
    }

    @Test func langEnOverridesAVietnameseLocale() throws {
        for arguments in [["--lang", "en", "check", "--config", Self.unknownSlot], ["check", "--config", Self.unknownSlot, "--lang=en"]] {
            let result = try run(Paths.loa, arguments, environment: environment(["LANG": "vi_VN.UTF-8"]))
            #expect(result.status == 1)
            #expect(result.stdout.contains(Self.englishLine), "\(result.stdout)")
            #expect(result.stdout.contains("1 error: nothing will be planned"), "\(result.stdout)")
        }
    }

    @Test func langViOverridesAnEnglishLocale() throws {
        let result = try run(Paths.loa, ["check", "--lang", "vi", "--config", Self.unknownSlot], environment: environment(["LANG": "C"]))
        #expect(result.status == 1)
        #expect(result.stdout.contains(Self.vietnameseLine), "\(result.stdout)")
    }

    @Test(arguments: [["LANG": "C"], [:], ["LANG": "en_US.UTF-8"], ["LC_ALL": "C", "LANG": "vi_VN.UTF-8"],
                      ["LC_MESSAGES": "C.UTF-8", "LANG": "vi_VN.UTF-8"]])
    func otherLocalesPrintEnglish(_ locale: [String: String]) throws {
        let result = try run(Paths.loa, ["check", "--config", Self.unknownSlot], environment: environment(locale))
        #expect(result.status == 1)
        #expect(result.stdout.contains(Self.englishLine), "\(locale): \(result.stdout)")
    }

    @Test func lcMessagesAloneChoosesVietnamese() throws {
        let result = try run(Paths.loa, ["check", "--config", Self.unknownSlot],
                             environment: environment(["LC_MESSAGES": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"]))
        #expect(result.stdout.contains(Self.vietnameseLine), "\(result.stdout)")
    }

    @Test func anUnknownLanguageIsRefusedInBothLanguages() throws {
        let english = try run(Paths.loa, ["check", "--lang", "fr", "--config", Self.unknownSlot], environment: environment([:]))
        #expect(english.status == 64)
        #expect(english.stderr.contains("--lang \"fr\" is not a language loa speaks"), "\(english.stderr)")
        let vietnamese = try run(Paths.loa, ["check", "--lang", "fr"], environment: environment(["LANG": "vi_VN.UTF-8"]))
        #expect(vietnamese.status == 64)
        #expect(vietnamese.stderr.contains("không phải là ngôn ngữ loa dùng được"), "\(vietnamese.stderr)")
    }

    @Test func everyBrokenConfigurationKeepsItsCodeInVietnamese() throws {
        for name in Paths.cases("broken") {
            let folder = Paths.fixtures + "/broken/" + name
            let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json"))) as? [String: Any]
            let code = try #require(expected?["code"] as? String)
            let result = try run(Paths.loa, ["check", "--config", folder + "/loa.toml", "--lang", "vi"], environment: environment([:]))
            #expect(result.status == 1, "\(name)")
            #expect(result.stdout.contains("error[\(code)]"), "\(name): \(result.stdout)")
            #expect(hasVietnameseLetters(result.stdout), "\(name): \(result.stdout)")
        }
    }
}
