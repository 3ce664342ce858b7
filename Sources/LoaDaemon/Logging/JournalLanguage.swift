import Foundation
import LoaCore

/// The language of the daemon's journal lines: `loa run --lang vi|en`, else the locale of the daemon's
/// own environment (`LC_ALL`, `LC_MESSAGES`, `LANG`). A systemd unit sets none of them, so the journal
/// is in English unless the unit says `Environment=LANG=vi_VN.UTF-8` (or `--lang vi` on ExecStart).
/// Codes such as `error[unknown-slot]` and the journal's fields stay the same in both.
public enum JournalLanguage {
    public static let current = LanguageOption.chosen(arguments: Array(CommandLine.arguments.dropFirst()),
                                                      environment: ProcessInfo.processInfo.environment)
}

extension LocalizedText {
    /// In the journal's language.
    var journal: String { text(in: JournalLanguage.current) }
}

extension Diagnostic {
    /// The whole line in the journal's language.
    var journalLine: String { description(in: JournalLanguage.current) }
}
