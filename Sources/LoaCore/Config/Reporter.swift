/// Where diagnostics of one loading run go; lives for that run only.
final class Reporter {
    var diagnostics = Diagnostics()

    func add(_ d: Diagnostic) { diagnostics.add(d) }
}

/// Reads typed values from one TOML table, reporting each problem with its file, place and subject.
struct TableReader {
    let table: ConfigTable
    let file: String
    let locator: KeyLocator
    let section: KeyLocator.Section
    /// `station`, `slot "sang"`, `announcement "chu-de"`…
    var subject: LocalizedText
    let reporter: Reporter
    /// The keys this table may hold, and advice for some that it may not; nil: not checked here.
    var allowed: [String]? = nil
    var hints: [String: LocalizedText] = [:]

    func report(_ code: Diagnostic.Code, key: String?, keyPath: String? = nil, message: LocalizedText, fix: LocalizedText = .empty,
                severity: Diagnostic.Severity = .error) {
        let place = locator.place(of: key, in: section)
        reporter.add(Diagnostic(severity, code, file: file, line: place.line, column: place.column, subject: subject,
                                keyPath: keyPath ?? key ?? "", message: message, fix: fix))
    }

    /// The allowed key that `key` of the table looks like a misspelling of; nil for an allowed key.
    func misspelling(of key: String) -> String? {
        guard let allowed, !allowed.contains(key) else { return nil }
        return NearestMatch.suggestion(for: key, among: allowed)
    }

    /// Reports every key not in `allowed`, with its hint or the nearest allowed key as a suggestion.
    func rejectUnknownKeys() {
        guard let allowed else { return }
        for key in table.keys where !allowed.contains(key) {
            let known = allowed.joined(separator: ", ")
            var fix = hints[key] ?? misspelling(of: key).map { LocalizedText.didYouMean($0) }
                ?? LocalizedText(en: "Known keys here: \(known).", vi: "Ở đây chỉ dùng được các mục: \(known).")
            if fix.isEmpty { fix = LocalizedText(en: "Remove it.", vi: "Xóa dòng này đi.") }
            report(.unknownKey, key: key, message: LocalizedText(en: "\"\(key)\" is not a key loa knows here.",
                                                              vi: "loa không biết mục \"\(key)\" ở chỗ này."), fix: fix)
        }
    }

    func has(_ key: String) -> Bool { table[key] != nil }

    func missing(_ key: String, example: String) { missing(key, example: LocalizedText(verbatim: example)) }

    func missing(_ key: String, example: LocalizedText) {
        // A misspelt required key is already reported as unknown, with this key as its suggestion. Only a
        // key that is not allowed counts: an allowed key near this one (`at` for `id`) misspells nothing.
        if table.keys.contains(where: { misspelling(of: $0) == key }) { return }
        report(.missingKey, key: nil, keyPath: key,
               message: LocalizedText(en: "the required key \"\(key)\" is missing.", vi: "còn thiếu mục bắt buộc \"\(key)\"."),
               fix: LocalizedText(en: "Add a line such as: \(example.en)", vi: "Thêm một dòng, ví dụ: \(example.vi)"))
    }

    func wrongType(_ key: String, _ value: ConfigValue, expected: LocalizedText, example: String) {
        wrongType(key, value, expected: expected, example: LocalizedText(verbatim: example))
    }

    func wrongType(_ key: String, _ value: ConfigValue, expected: LocalizedText, example: LocalizedText) {
        let kind = value.kindNameText
        report(.wrongType, key: key,
               message: LocalizedText(en: "\(key) is \(kind.en) (\(value.written)), but it must be \(expected.en).",
                                      vi: "\(key) đang được viết là \(kind.vi) (\(value.written)), nhưng phải là \(expected.vi)."),
               fix: LocalizedText(en: "Write it as: \(example.en)", vi: "Sửa thành: \(example.vi)"))
    }

    // MARK: - Values

    private static let textInQuotes = LocalizedText(en: "text in quotes", vi: "chữ đặt trong dấu ngoặc kép")

    private func writeAs(_ example: String) -> LocalizedText {
        LocalizedText(en: "Write it as: \(example)", vi: "Sửa thành: \(example)")
    }

    func string(_ key: String, required: Bool = false, example: String = "") -> String? {
        let shown = example.isEmpty ? "\(key) = \"…\"" : example
        guard let value = table[key] else {
            if required { missing(key, example: shown) }
            return nil
        }
        guard case .string(let s) = value else {
            wrongType(key, value, expected: Self.textInQuotes, example: shown)
            return nil
        }
        let trimmed = s.trimmingSpaces().nfc
        if trimmed.isEmpty {
            report(.invalidValue, key: key, message: LocalizedText(en: "\(key) is empty.", vi: "\(key) đang để trống."),
                   fix: LocalizedText(en: "Write it as: \(shown)", vi: "Điền vào, ví dụ: \(shown)"))
            return nil
        }
        return trimmed
    }

    func integer(_ key: String, range: ClosedRange<Int>, example: String) -> Int? {
        guard let value = table[key] else { return nil }
        guard case .integer(let i) = value else {
            wrongType(key, value, expected: LocalizedText(en: "a whole number", vi: "một số nguyên"), example: example)
            return nil
        }
        guard range.contains(i) else {
            report(.invalidValue, key: key,
                   message: LocalizedText(en: "\(key) = \(i) is out of range.", vi: "\(key) = \(i) nằm ngoài khoảng cho phép."),
                   fix: LocalizedText(en: "Use a whole number from \(range.lowerBound) to \(range.upperBound).",
                                      vi: "Dùng một số nguyên từ \(range.lowerBound) đến \(range.upperBound)."))
            return nil
        }
        return i
    }

    func bool(_ key: String, example: String) -> Bool? {
        guard let value = table[key] else { return nil }
        guard case .bool(let b) = value else {
            wrongType(key, value, expected: LocalizedText(en: "true or false, without quotes", vi: "true hoặc false, không có dấu ngoặc kép"),
                      example: example)
            return nil
        }
        return b
    }

    func number(_ key: String, range: ClosedRange<Double>, example: String) -> Double? {
        guard let value = table[key] else { return nil }
        let number: Double
        switch value {
        case .integer(let i): number = Double(i)
        case .float(let d): number = d
        default:
            wrongType(key, value, expected: LocalizedText(en: "a number", vi: "một con số"), example: example)
            return nil
        }
        guard range.contains(number) else {
            report(.invalidValue, key: key,
                   message: LocalizedText(en: "\(key) = \(number) is out of range.", vi: "\(key) = \(number) nằm ngoài khoảng cho phép."),
                   fix: LocalizedText(en: "Use a number from \(range.lowerBound) to \(range.upperBound), for example: \(example)",
                                      vi: "Dùng một số từ \(range.lowerBound) đến \(range.upperBound), ví dụ: \(example)"))
            return nil
        }
        return number
    }

    func date(_ key: String, example: String) -> LocalDate? {
        guard let value = table[key] else { return nil }
        return date(value, key: key, keyPath: key, example: example)
    }

    func date(_ value: ConfigValue, key: String, keyPath: String, example: String) -> LocalDate? {
        switch value {
        case .date(let y, let m, let d):
            if let date = LocalDate(year: y, month: m, day: d) { return date }
            impossibleDate(y, m, d, key: key, keyPath: keyPath)
        case .string(let s):
            switch LocalDate.parse(s) {
            case .success(let date): return date
            case .failure(.impossible(let y, let m, let d)): impossibleDate(y, m, d, key: key, keyPath: keyPath)
            case .failure(.notADate):
                report(.invalidDate, key: key, keyPath: keyPath,
                       message: LocalizedText(en: "\"\(s)\" is not a date.", vi: "\"\(s)\" không phải là một ngày."),
                       fix: LocalizedText(en: "Write a date as 2023-11-15 or \"15/11/2023\", for example: \(example)",
                                          vi: "Viết ngày theo dạng 2023-11-15 hoặc \"15/11/2023\", ví dụ: \(example)"))
            }
        default:
            wrongType(keyPath, value, expected: LocalizedText(en: "a date", vi: "một ngày"), example: example)
        }
        return nil
    }

    private func impossibleDate(_ y: Int, _ m: Int, _ d: Int, key: String, keyPath: String) {
        let monthLength = (1...12).contains(m) ? LocalDate.daysIn(month: m, year: y) : 0
        let why = monthLength > 0
            ? LocalizedText(en: "month \(m) of \(y) has \(monthLength) days", vi: "tháng \(m) năm \(y) chỉ có \(monthLength) ngày")
            : LocalizedText(en: "there is no month \(m)", vi: "không có tháng \(m)")
        let written = "\(pad(d, 2))/\(pad(m, 2))/\(y)"
        report(.invalidDate, key: key, keyPath: keyPath,
               message: LocalizedText(en: "\(written) does not exist: \(why.en).", vi: "không có ngày \(written): \(why.vi)."),
               fix: LocalizedText(en: "Check the day and the month; dates are written 2023-11-15 or \"15/11/2023\" (day first).",
                                  vi: "Xem lại ngày và tháng; ngày viết theo dạng 2023-11-15 hoặc \"15/11/2023\" (ngày trước, tháng sau)."))
    }

    func time(_ key: String, example: String) -> LocalTime? {
        guard let value = table[key] else { return nil }
        return time(value, key: key, keyPath: key, example: example)
    }

    private func notATime(_ written: String, key: String, keyPath: String, example: String) {
        report(.invalidTime, key: key, keyPath: keyPath,
               message: LocalizedText(en: "\(written) is not a time of day.", vi: "\(written) không phải là giờ trong ngày."),
               fix: LocalizedText(en: "Write a time from 00:00 to 23:59, for example: \(example)",
                                  vi: "Viết giờ từ 00:00 đến 23:59, ví dụ: \(example)"))
    }

    func time(_ value: ConfigValue, key: String, keyPath: String, example: String) -> LocalTime? {
        switch value {
        case .time(let h, let m, let s):
            if let t = LocalTime(hour: h, minute: m, second: s) { return t }
        case .string(let s):
            if let t = LocalTime.parse(s) { return t }
            notATime("\"\(s)\"", key: key, keyPath: keyPath, example: example)
            return nil
        default:
            wrongType(keyPath, value, expected: LocalizedText(en: "a time of day", vi: "giờ trong ngày"), example: example)
            return nil
        }
        notATime(value.written, key: key, keyPath: keyPath, example: example)
        return nil
    }

    func duration(_ key: String, example: String) -> Int64? {
        guard let value = table[key] else { return nil }
        guard case .string(let s) = value else {
            if case .integer(let i) = value {
                report(.wrongType, key: key,
                       message: LocalizedText(en: "\(key) = \(i) has no unit: seconds, minutes or hours?",
                                              vi: "\(key) = \(i) chưa ghi đơn vị: giây, phút hay giờ?"),
                       fix: LocalizedText(en: "Write the length in quotes with its unit, for example: \(example)",
                                          vi: "Viết độ dài trong dấu ngoặc kép, kèm đơn vị, ví dụ: \(example)"))
            } else {
                wrongType(key, value, expected: LocalizedText(en: "a length in quotes", vi: "một độ dài thời gian trong dấu ngoặc kép"),
                          example: example)
            }
            return nil
        }
        guard let ms = ConfigDuration.parseMilliseconds(s) else {
            report(.invalidDuration, key: key,
                   message: LocalizedText(en: "\"\(s)\" is not a length loa understands.", vi: "loa không hiểu độ dài \"\(s)\"."),
                   fix: LocalizedText(en: "Write hours, minutes and seconds as h, m and s, for example: \(example)",
                                      vi: "Ghi giờ, phút, giây bằng các chữ h, m, s, ví dụ: \(example)"))
            return nil
        }
        return ms
    }

    /// A list of non-empty texts; a single text where a list belongs is reported with the fix.
    func stringList(_ key: String, example: String) -> [String]? {
        guard let value = table[key] else { return nil }
        switch value {
        case .array(let items):
            var out: [String] = []
            for (i, item) in items.enumerated() {
                guard case .string(let s) = item, !s.trimmingSpaces().isEmpty else {
                    let kind = item.kindNameText
                    report(.wrongType, key: key, keyPath: "\(key)[\(i + 1)]",
                           message: LocalizedText(en: "item \(i + 1) of \(key) is \(kind.en) (\(item.written)), but it must be text in quotes.",
                                                  vi: "phần tử thứ \(i + 1) của \(key) đang là \(kind.vi) (\(item.written)), nhưng phải là chữ đặt trong dấu ngoặc kép."),
                           fix: writeAs(example))
                    return nil
                }
                out.append(s.trimmingSpaces().nfc)
            }
            return out
        case .string(let s):
            report(.wrongType, key: key,
                   message: LocalizedText(en: "\(key) is a single text (\"\(s)\"), but it must be a list.",
                                          vi: "\(key) đang là một chữ đơn lẻ (\"\(s)\"), nhưng phải là một danh sách."),
                   fix: LocalizedText(en: "Put it in square brackets: \(key) = [\"\(s)\"]", vi: "Đặt nó trong dấu ngoặc vuông: \(key) = [\"\(s)\"]"))
            return nil
        default:
            wrongType(key, value, expected: LocalizedText(en: "a list", vi: "một danh sách"), example: example)
            return nil
        }
    }

    func dayRule(_ key: String, allowMonthDays: Bool) -> DayRule? {
        guard let value = table[key] else { return nil }
        let example = allowMonthDays ? "days = \"weekdays\", days = [\"mon\", \"thu\"] or days = [1, 15]"
            : "days = \"weekdays\" or days = [\"mon\", \"thu\"]"
        let exampleVi = allowMonthDays ? "days = \"weekdays\", days = [\"mon\", \"thu\"] hoặc days = [1, 15]"
            : "days = \"weekdays\" hoặc days = [\"mon\", \"thu\"]"
        switch value {
        case .string(let s):
            switch s.trimmingSpaces().lowercased() {
            case "daily", "hàng ngày", "hằng ngày": return .daily
            case "weekdays": return .weekdays
            case "weekends": return .weekends
            default:
                if let day = Weekday.spellings[s.trimmingSpaces().lowercased()] { return .weekdaySet([day]) }
                let near = s.lowercased().contains("every") ? "daily" : NearestMatch.suggestion(for: s, among: ["daily", "weekdays", "weekends"])
                report(.invalidValue, key: key,
                       message: LocalizedText(en: "\"\(s)\" is not a choice of days.", vi: "\"\(s)\" không phải là cách chọn ngày mà loa hiểu."),
                       fix: .didYouMean(near) + LocalizedText(
                           en: "Use \"daily\", \"weekdays\", \"weekends\" or a list: \(example)",
                           vi: "Dùng \"daily\" (hằng ngày), \"weekdays\" (thứ Hai đến thứ Sáu), \"weekends\" (thứ Bảy, Chủ nhật) hoặc một danh sách: \(exampleVi)"))
                return nil
            }
        case .array(let items) where items.allSatisfy({ if case .integer = $0 { true } else { false } }) && !items.isEmpty:
            guard allowMonthDays else {
                report(.invalidValue, key: key,
                       message: LocalizedText(en: "a slot runs on days of the week, not days of the month.",
                                              vi: "buổi phát chạy theo thứ trong tuần, không theo ngày trong tháng."),
                       fix: LocalizedText(en: "Write for example: days = [\"mon\", \"thu\"]", vi: "Sửa thành, ví dụ: days = [\"mon\", \"thu\"]"))
                return nil
            }
            var days = Set<Int>()
            for case .integer(let d) in items {
                guard (1...31).contains(d) else {
                    report(.invalidValue, key: key,
                           message: LocalizedText(en: "\(d) is not a day of the month.", vi: "tháng không có ngày \(d)."),
                           fix: LocalizedText(en: "Days of the month go from 1 to 31, for example: days = [1, 15]",
                                              vi: "Ngày trong tháng đi từ 1 đến 31, ví dụ: days = [1, 15]"))
                    return nil
                }
                days.insert(d)
            }
            return .monthDays(days)
        case .array(let items) where !items.isEmpty:
            var days = Set<Weekday>()
            for (i, item) in items.enumerated() {
                guard case .string(let s) = item else {
                    let kind = item.kindNameText
                    report(.wrongType, key: key, keyPath: "\(key)[\(i + 1)]",
                           message: LocalizedText(
                               en: "item \(i + 1) of days is \(kind.en) (\(item.written)); a list of days must be all names or all numbers.",
                               vi: "phần tử thứ \(i + 1) của days là \(kind.vi) (\(item.written)); danh sách ngày phải toàn tên thứ hoặc toàn con số."),
                           fix: LocalizedText(en: "Write for example: \(example)", vi: "Sửa thành, ví dụ: \(exampleVi)"))
                    return nil
                }
                guard let day = Weekday.spellings[s.trimmingSpaces().lowercased()] else {
                    let near = NearestMatch.suggestion(for: s, among: Weekday.englishNames + Weekday.vietnameseNames)
                    report(.invalidValue, key: key, keyPath: "\(key)[\(i + 1)]",
                           message: LocalizedText(en: "\"\(s)\" is not a day of the week.", vi: "\"\(s)\" không phải là một thứ trong tuần."),
                           fix: .didYouMean(near) + LocalizedText(
                               en: "Use mon, tue, wed, thu, fri, sat, sun (or t2 … t7, cn).",
                               vi: "Dùng t2, t3, t4, t5, t6, t7, cn (hoặc mon, tue, wed, thu, fri, sat, sun)."))
                    return nil
                }
                days.insert(day)
            }
            return .weekdaySet(days)
        case .array:
            report(.invalidValue, key: key,
                   message: LocalizedText(en: "days is an empty list, so it would never air.",
                                          vi: "days là danh sách rỗng, nên sẽ không bao giờ được phát."),
                   fix: LocalizedText(en: "Remove the key to mean every day, or write for example: \(example)",
                                      vi: "Xóa dòng days để phát mọi ngày, hoặc viết ví dụ: \(exampleVi)"))
            return nil
        default:
            wrongType(key, value, expected: LocalizedText(en: "a choice of days", vi: "một cách chọn ngày"), example: example)
            return nil
        }
    }
}
