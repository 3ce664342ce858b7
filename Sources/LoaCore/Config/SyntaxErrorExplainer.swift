/// Turns the TOML parser's complaint into a message with its place, the line as written and a likely fix.
enum SyntaxErrorExplainer {
    static func diagnostic(for error: TOMLDocument.SyntaxError, file: String, text: String) -> Diagnostic {
        let lines = text.physicalLines
        let shown = error.line >= 1 && error.line <= lines.count
            ? String(lines[error.line - 1]).trimmingCharacters(in: "\r").trimmingSpaces() : ""
        let parser = error.message.trimmingSpaces()
        let lower = parser.lowercased()
        // The parser (toml++) speaks English; its words are kept in the Vietnamese text, marked as its own.
        let why = error.vietnamese.map { ": \($0)" } ?? " (trình đọc TOML báo: \(parser.trimmingCharacters(in: ".")))"
        let quoted = shown.isEmpty ? LocalizedText.empty
            : LocalizedText(en: " The line reads: «\(clipped(shown))».", vi: " Dòng đó đang viết: «\(clipped(shown, vietnamese: true))».")
        if error.badDateTime {
            return Diagnostic(.error, .invalidDate, file: file, line: error.line, column: error.column,
                              message: LocalizedText(en: "this is not valid TOML: \(parser).", vi: "dòng này viết sai cú pháp TOML\(why).") + quoted,
                              fix: LocalizedText(
                                en: "Write a date and time as 2023-11-20T07:30:00, or a date alone as 2023-11-20; text goes in double quotes.",
                                vi: "Viết ngày kèm giờ theo dạng 2023-11-20T07:30:00, hoặc chỉ ngày là 2023-11-20; chữ thì đặt trong dấu ngoặc kép."))
        }
        if error.badTableHeader {
            return Diagnostic(.error, .tomlSyntax, file: file, line: error.line, column: error.column,
                              message: LocalizedText(en: "this table header is not valid TOML: \(parser).",
                                                     vi: "dòng tiêu đề bảng này viết sai cú pháp TOML\(why).") + quoted,
                              fix: headerFix(shown))
        }
        if lower.contains("day between") || lower.contains("month between") || lower.contains("invalid date") {
            return Diagnostic(.error, .invalidDate, file: file, line: error.line, column: error.column,
                              message: LocalizedText(en: "this date does not exist (\(parser.trimmingCharacters(in: "."))).",
                                                     vi: "ngày này không có thật\(why).") + quoted,
                              fix: LocalizedText(en: "Check the day and the month: dates are written year-month-day, 2023-11-15.",
                                                 vi: "Xem lại ngày và tháng: ngày viết theo thứ tự năm-tháng-ngày, ví dụ 2023-11-15."))
        }
        if let time = bareTimeWithoutSeconds(String(shown.prefix(200))) {
            let key = shown.split(separator: "=", maxSplits: 1).first.map { String($0).trimmingSpaces() } ?? "start"
            let written = key.isEmpty || key.contains("[") ? "" : "\(key) = "
            return Diagnostic(.error, .invalidTime, file: file, line: error.line, column: error.column,
                              message: LocalizedText(
                                en: "the time \(time) is written without quotes and without seconds, which TOML does not accept.",
                                vi: "giờ \(time) được viết không có dấu ngoặc kép và không có giây, TOML không chấp nhận cách viết này.") + quoted,
                              fix: LocalizedText(
                                en: "Write it in one of the two forms that work: \(written)\"\(time)\" (in quotes) or \(written)\(time):00 (with seconds).",
                                vi: "Sửa thành một trong hai cách: \(written)\"\(time)\" (trong dấu ngoặc kép) hoặc \(written)\(time):00 (thêm giây)."))
        }
        var fix = LocalizedText(en: "Correct the line; each setting is written key = value, text in double quotes.",
                                vi: "Sửa lại dòng này; mỗi mục viết theo dạng tên = giá trị, chữ thì đặt trong dấu ngoặc kép.")
        if lower.contains("string") && (lower.contains("unterminated") || lower.contains("encountered end")) || shown.filter({ $0 == "\"" }).count % 2 == 1 {
            fix = LocalizedText(en: "A text is not closed: put a double quote \" at both ends of it.",
                                vi: "Có đoạn chữ chưa đóng ngoặc: đặt dấu ngoặc kép \" ở cả hai đầu.")
        } else if lower.contains("redefin") || lower.contains("already") {
            fix = LocalizedText(en: "The same key is written twice in one table: keep one of the two lines.",
                                vi: "Cùng một mục được viết hai lần trong một bảng: giữ lại một trong hai dòng.")
        } else if lower.contains("expected '='") || lower.contains("expected =") || lower.contains("bare key") {
            fix = LocalizedText(en: "Write the key, an equals sign and the value, as in: title = \"Chủ đề\".",
                                vi: "Viết tên mục, dấu bằng rồi giá trị, ví dụ: title = \"Chủ đề\".")
        } else if lower.contains("']'") || lower.contains("]") {
            fix = LocalizedText(en: "A bracket is not closed: a table header is written [name], a list [\"a\", \"b\"].",
                                vi: "Có dấu ngoặc vuông chưa đóng: tiêu đề bảng viết là [tên], danh sách viết là [\"a\", \"b\"].")
        }
        return Diagnostic(.error, .tomlSyntax, file: file, line: error.line, column: error.column,
                          message: LocalizedText(en: "this is not valid TOML: \(parser.trimmingCharacters(in: ".")).",
                                                 vi: "dòng này viết sai cú pháp TOML\(why).") + quoted,
                          fix: fix)
    }

    /// The name the header seems to mean, written the two ways a header can be.
    static func headerFix(_ line: String) -> LocalizedText {
        let general = LocalizedText(
            en: "A header is one name between brackets: [name] for a table such as [station] or [zones.toan-xa], [[name]] for one item of a list such as [[slot]] or [[announcement]].",
            vi: "Tiêu đề là một tên đặt trong ngoặc vuông: [tên] cho một bảng như [station] hay [zones.toan-xa], [[tên]] cho một mục của danh sách như [[slot]] hay [[announcement]].")
        guard line.utf8.count <= 200 else { return general }
        let name = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?
            .trimmingCharacters(in: "[] \t\r") ?? ""
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ Identifiers.isValid(String($0)) || $0 == "." }) else { return general }
        let listNames = ["announcement", "slot"]
        let written = listNames.contains(name) ? "[[\(name)]]" : "[\(name)]"
        return LocalizedText(en: "Write \(written). ", vi: "Sửa thành \(written). ") + general
    }

    /// A line quoted in a message, cut so that a huge line (a file that is one long line) is not echoed whole.
    static func clipped(_ line: String, limit: Int = 80, vietnamese: Bool = false) -> String {
        guard line.utf8.count > limit else { return line }
        let kept = String(line.prefix(limit))
        let more = line.utf8.count - kept.utf8.count
        return kept + (vietnamese ? "… (còn \(more) byte nữa)" : "… (\(more) more bytes)")
    }

    /// `06:00` written bare (outside quotes, no seconds after it) in the line, as officers type a time.
    static func bareTimeWithoutSeconds(_ line: String) -> String? {
        var outside = ""
        var quote: Character?
        for c in line {
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "#" { break }
            if c == "\"" || c == "'" { quote = c; outside.append(" "); continue }
            outside.append(c)
        }
        guard let match = outside.firstMatch(of: /(\d{1,2}):(\d{2})(?![:\d])/) else { return nil }
        if match.range.lowerBound > outside.startIndex {
            let before = outside[outside.index(before: match.range.lowerBound)]
            if before.isNumber || before == ":" { return nil }
        }
        let hour = String(match.output.1)
        return (hour.count == 1 ? "0" + hour : hour) + ":" + match.output.2
    }
}
