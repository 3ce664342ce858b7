@testable import LoaCLI
import LoaCore
import Testing

/// `--lang` taken out of the command line for every command, and left to those that have their own.
@Suite struct MessageLanguageTests {
    @Test func langIsTakenOutForCommandsWithoutOne() {
        let split = MessageLanguage.split(["check", "--lang", "vi", "--config", "x.toml"])
        #expect(split.arguments == ["check", "--config", "x.toml"])
        #expect(split.language == .vi)
        #expect(MessageLanguage.split(["--lang=en", "plan"]) == .init(arguments: ["plan"], language: .en, invalidValue: nil))
    }

    @Test func exportReportAndLogKeepTheirOwnLang() {
        #expect(MessageLanguage.split(["export", "--lang", "en"]) == .init(arguments: ["export", "--lang", "en"], language: .en, invalidValue: nil))
        // Written before the subcommand, it is moved after its name, where the subcommand parses it.
        #expect(MessageLanguage.split(["--lang", "en", "report", "--from", "1/11/2023"])
            == .init(arguments: ["report", "--lang", "en", "--from", "1/11/2023"], language: .en, invalidValue: nil))
    }

    @Test func aBadValueIsReportedAndNothingAfterDoubleDashIsTouched() {
        #expect(MessageLanguage.split(["check", "--lang", "fr"]).invalidValue == "fr")
        #expect(MessageLanguage.split(["check", "--lang"]).invalidValue == "")
        #expect(MessageLanguage.split(["say", "--", "--lang", "vi"]) == .init(arguments: ["say", "--", "--lang", "vi"], language: nil, invalidValue: nil))
    }
}
