import Foundation

/// ArgumentParser's own messages (a misspelt option, a missing value, an unexpected word) said in
/// Vietnamese. ArgumentParser has no localisation and keeps its error types internal, so its English
/// text is rewritten line by line here; a line no pattern knows is kept as ArgumentParser wrote it.
enum ParseErrorText {
    private struct Rule: Sendable {
        let pattern: NSRegularExpression
        let vietnamese: String
    }

    private static func rule(_ pattern: String, _ vietnamese: String) -> Rule? {
        (try? NSRegularExpression(pattern: pattern)).map { Rule(pattern: $0, vietnamese: vietnamese) }
    }

    private static let rules: [Rule] = [
        rule(#"^Error: Unknown option '(.*)'\. Did you mean '(.*)'\?$"#, "Lỗi: loa không có tùy chọn '$1'. Có phải định viết '$2'?"),
        rule(#"^Error: Unknown option '(.*)'$"#, "Lỗi: loa không có tùy chọn '$1'."),
        rule(#"^Error: Missing value for '(.*)'$"#, "Lỗi: '$1' cần một giá trị ghi ngay sau nó."),
        rule(#"^Error: Missing expected argument '(.*)'$"#, "Lỗi: còn thiếu '$1'."),
        rule(#"^Error: The value '(.*)' is invalid for '(.*)'(.*)$"#, "Lỗi: '$1' không dùng được cho '$2'$3"),
        rule(#"^Error: Unexpected argument '(.*)'$"#, "Lỗi: loa không cần '$1' ở đây; xóa nó đi."),
        rule(#"^Error: (\d+) unexpected arguments: (.*)$"#, "Lỗi: loa không cần $1 chữ này ở đây: $2"),
        rule(#"^Error: Unknown subcommand '(.*)'\.?$"#, "Lỗi: loa không có lệnh '$1'."),
        rule(#"^Error: (.*)$"#, "Lỗi: $1"),
        rule(#"^Usage: (.*)$"#, "Cách dùng: $1"),
        rule(#"^Help: (.*)$"#, "Trợ giúp: $1"),
        rule(#"^  See '(.*)' for more information\.$"#, "  Xem '$1' để biết thêm."),
    ].compactMap { $0 }

    /// The whole message, each line in Vietnamese where a rule knows it.
    static func vietnamese(_ english: String) -> String {
        english.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let text = String(line)
            let whole = NSRange(text.startIndex..., in: text)
            for rule in rules where rule.pattern.firstMatch(in: text, range: whole) != nil {
                return rule.pattern.stringByReplacingMatches(in: text, range: whole, withTemplate: rule.vietnamese)
            }
            return text
        }.joined(separator: "\n")
    }
}
