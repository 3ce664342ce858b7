import Foundation
import LoaAudio
import LoaCore

/// The language `loa` speaks in for this run: `--lang vi|en` wherever it is on the command line, else
/// the locale of the environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), else English.
enum MessageLanguage {
    static func split(_ arguments: [String]) -> LanguageOption.Split { LanguageOption.split(arguments) }

    /// Decided once per process, from its own arguments and environment.
    static let current = LanguageOption.chosen(arguments: Array(CommandLine.arguments.dropFirst()),
                                               environment: ProcessInfo.processInfo.environment)

    /// Said when `--lang` has a value that is neither vi nor en.
    static func invalid(_ value: String) -> LocalizedText {
        LocalizedText(en: "--lang \"\(value)\" is not a language loa speaks: use --lang vi (Vietnamese) or --lang en (English).",
                      vi: "--lang \"\(value)\" không phải là ngôn ngữ loa dùng được: ghi --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh).")
    }
}

extension LocalizedText {
    /// In the language of this run of `loa`.
    var shown: String { text(in: MessageLanguage.current) }
}

/// What an error says, in both languages where loa wrote it (speech); as it is otherwise.
func errorText(_ error: any Error) -> LocalizedText {
    if let speech = error as? SpeechError { return speech.text }
    return LocalizedText(verbatim: "\(error)")
}

/// Messages several commands say alike.
extension LocalizedText {
    static func fromAfterTo(_ first: LocalDate, _ last: LocalDate) -> LocalizedText {
        LocalizedText(en: "--from (\(first.vietnameseDescription)) is after --to (\(last.vietnameseDescription)).",
                      vi: "ngày --from (\(first.vietnameseDescription)) đang sau ngày --to (\(last.vietnameseDescription)).")
    }

    static func configHasErrors(_ path: String) -> LocalizedText {
        LocalizedText(en: "\(path) has errors; run `loa check --config \(path)`.",
                      vi: "\(path) còn lỗi; chạy `loa check --config \(path)` để xem và sửa.")
    }

    static let deviceOrZone = LocalizedText(en: "give --device or --zone, not both.", vi: "ghi --device hoặc --zone, không ghi cả hai.")

    static func notALength(_ written: String) -> LocalizedText {
        LocalizedText(en: "\(written) is not a length such as 10m or 90s.", vi: "\(written) không phải độ dài thời gian kiểu 10m hay 90s.")
    }
}

extension LocalizedText {
    static func noSuchZone(_ zone: String, among zones: [String]) -> LocalizedText {
        let list = zones.joined(separator: ", ")
        return LocalizedText(en: "there is no zone \"\(zone)\"; zones: \(list).", vi: "không có cụm loa \"\(zone)\"; các cụm loa là: \(list).")
    }

    static let excelViIsCSV = LocalizedText(en: "--excel-vi is a form of CSV; use it with --format csv (xlsx needs no such option).",
                                            vi: "--excel-vi là một kiểu CSV; dùng kèm --format csv (xlsx không cần tùy chọn này).")
}
