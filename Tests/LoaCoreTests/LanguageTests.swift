import LoaCore
import Testing

/// How the language of messages is chosen, and that every diagnostic code is named in both languages.
@Suite struct LanguageTests {
    @Test func posixOrderChoosesTheLanguage() {
        #expect(Language.fromEnvironment([:]) == .en)
        #expect(Language.fromEnvironment(["LANG": "vi_VN.UTF-8"]) == .vi)
        #expect(Language.fromEnvironment(["LANG": "vi"]) == .vi)
        #expect(Language.fromEnvironment(["LANG": "C"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
        // LC_ALL overrides everything; LC_MESSAGES overrides LANG; an empty variable counts as unset.
        #expect(Language.fromEnvironment(["LC_ALL": "C", "LANG": "vi_VN.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "vi_VN.UTF-8", "LC_MESSAGES": "C", "LANG": "C"]) == .vi)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"]) == .vi)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "C", "LANG": "vi_VN.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "vi_VN.UTF-8"]) == .vi)
        // A locale that merely begins with the letters v and i is not Vietnamese.
        #expect(Language.fromEnvironment(["LANG": "virtual"]) == .en)
    }

    @Test func theLangOptionTakesViAndEnOnly() {
        #expect(Language(option: "vi") == .vi)
        #expect(Language(option: "VI") == .vi)
        #expect(Language(option: "vi_VN.UTF-8") == .vi)
        #expect(Language(option: "en") == .en)
        #expect(Language(option: "fr") == nil)
        #expect(Language(option: "") == nil)
    }

    @Test(arguments: Diagnostic.Code.allCases)
    func everyCodeIsNamedInBothLanguages(_ code: Diagnostic.Code) {
        let title = code.title
        #expect(!title.en.isEmpty)
        #expect(title.vi != title.en)
        #expect(title.vi == title.vi.nfc)
    }

    @Test func codeTitlesDifferFromEachOther() {
        let titles = Diagnostic.Code.allCases.map(\.title)
        #expect(Set(titles.map(\.en)).count == titles.count)
        #expect(Set(titles.map(\.vi)).count == titles.count)
    }

    @Test func theCodeIsTheSameInBothLanguagesAndTheEnglishAPIIsUnchanged() {
        let d = Diagnostic(.error, .unknownSlot, file: "a.toml", line: 3, column: 2,
                           subject: LocalizedText(en: "announcement \"x\"", vi: "thông báo \"x\""), keyPath: "slots",
                           message: LocalizedText(en: "there is no slot \"trua\".", vi: "không có buổi phát nào mã là \"trua\"."),
                           fix: LocalizedText(en: "Use sang.", vi: "Dùng sang."))
        #expect(d.message == "there is no slot \"trua\".")
        #expect(d.fix == "Use sang.")
        #expect(d.subject == "announcement \"x\"")
        #expect(d.description == "a.toml:3:2: error[unknown-slot]: announcement \"x\", slots: there is no slot \"trua\". Use sang.")
        #expect(d.description(in: .vi) == "a.toml:3:2: error[unknown-slot]: thông báo \"x\", slots: không có buổi phát nào mã là \"trua\". Dùng sang.")
        #expect(d.message(in: .vi) == "không có buổi phát nào mã là \"trua\".")
        #expect(d.fix(in: .en) == "Use sang.")
    }

    @Test func anEnglishOnlyDiagnosticShowsItsEnglishInBoth() {
        var d = Diagnostic(.warning, .speechFailed, file: "x", message: "only English")
        #expect(d.message(in: .vi) == "only English")
        d.message = "changed"
        #expect(d.message(in: .vi) == "changed" && d.message(in: .en) == "changed")
    }

    @Test func aHugeValueIsClippedInEachLanguage() {
        let long = String(repeating: "ạ", count: 2000)
        let d = Diagnostic(.error, .invalidValue, file: "x", message: LocalizedText(en: long, vi: long))
        #expect(d.message(in: .en).hasSuffix("more bytes left out)"))
        #expect(d.message(in: .vi).hasSuffix("byte nữa không in ra)"))
    }
}
