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
    var subject: String
    let reporter: Reporter
    /// The keys this table may hold, and advice for some that it may not; nil: not checked here.
    var allowed: [String]? = nil
    var hints: [String: String] = [:]

    func report(_ code: Diagnostic.Code, key: String?, keyPath: String? = nil, message: String, fix: String = "",
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
            var fix = hints[key] ?? misspelling(of: key).map { "Did you mean \"\($0)\"?" }
                ?? "Known keys here: \(allowed.joined(separator: ", "))."
            if fix.isEmpty { fix = "Remove it." }
            report(.unknownKey, key: key, message: "\"\(key)\" is not a key loa knows here.", fix: fix)
        }
    }

    func has(_ key: String) -> Bool { table[key] != nil }

    func missing(_ key: String, example: String) {
        // A misspelt required key is already reported as unknown, with this key as its suggestion. Only a
        // key that is not allowed counts: an allowed key near this one (`at` for `id`) misspells nothing.
        if table.keys.contains(where: { misspelling(of: $0) == key }) { return }
        report(.missingKey, key: nil, keyPath: key, message: "the required key \"\(key)\" is missing.",
               fix: "Add a line such as: \(example)")
    }

    func wrongType(_ key: String, _ value: ConfigValue, expected: String, example: String) {
        report(.wrongType, key: key, message: "\(key) is \(value.kindName) (\(value.written)), but it must be \(expected).",
               fix: "Write it as: \(example)")
    }

    // MARK: - Values

    func string(_ key: String, required: Bool = false, example: String = "") -> String? {
        guard let value = table[key] else {
            if required { missing(key, example: example.isEmpty ? "\(key) = \"…\"" : example) }
            return nil
        }
        guard case .string(let s) = value else {
            wrongType(key, value, expected: "text in quotes", example: example.isEmpty ? "\(key) = \"…\"" : example)
            return nil
        }
        let trimmed = s.trimmingSpaces().nfc
        if trimmed.isEmpty {
            report(.invalidValue, key: key, message: "\(key) is empty.",
                   fix: "Write it as: \(example.isEmpty ? "\(key) = \"…\"" : example)")
            return nil
        }
        return trimmed
    }

    func integer(_ key: String, range: ClosedRange<Int>, example: String) -> Int? {
        guard let value = table[key] else { return nil }
        guard case .integer(let i) = value else {
            wrongType(key, value, expected: "a whole number", example: example)
            return nil
        }
        guard range.contains(i) else {
            report(.invalidValue, key: key, message: "\(key) = \(i) is out of range.",
                   fix: "Use a whole number from \(range.lowerBound) to \(range.upperBound).")
            return nil
        }
        return i
    }

    func bool(_ key: String, example: String) -> Bool? {
        guard let value = table[key] else { return nil }
        guard case .bool(let b) = value else {
            wrongType(key, value, expected: "true or false, without quotes", example: example)
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
            wrongType(key, value, expected: "a number", example: example)
            return nil
        }
        guard range.contains(number) else {
            report(.invalidValue, key: key, message: "\(key) = \(number) is out of range.",
                   fix: "Use a number from \(range.lowerBound) to \(range.upperBound), for example: \(example)")
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
                report(.invalidDate, key: key, keyPath: keyPath, message: "\"\(s)\" is not a date.",
                       fix: "Write a date as 2023-11-15 or \"15/11/2023\", for example: \(example)")
            }
        default:
            wrongType(keyPath, value, expected: "a date", example: example)
        }
        return nil
    }

    private func impossibleDate(_ y: Int, _ m: Int, _ d: Int, key: String, keyPath: String) {
        let monthLength = (1...12).contains(m) ? LocalDate.daysIn(month: m, year: y) : 0
        let why = monthLength > 0 ? "month \(m) of \(y) has \(monthLength) days" : "there is no month \(m)"
        report(.invalidDate, key: key, keyPath: keyPath,
               message: "\(pad(d, 2))/\(pad(m, 2))/\(y) does not exist: \(why).",
               fix: "Check the day and the month; dates are written 2023-11-15 or \"15/11/2023\" (day first).")
    }

    func time(_ key: String, example: String) -> LocalTime? {
        guard let value = table[key] else { return nil }
        return time(value, key: key, keyPath: key, example: example)
    }

    func time(_ value: ConfigValue, key: String, keyPath: String, example: String) -> LocalTime? {
        switch value {
        case .time(let h, let m, let s):
            if let t = LocalTime(hour: h, minute: m, second: s) { return t }
        case .string(let s):
            if let t = LocalTime.parse(s) { return t }
            report(.invalidTime, key: key, keyPath: keyPath, message: "\"\(s)\" is not a time of day.",
                   fix: "Write a time from 00:00 to 23:59, for example: \(example)")
            return nil
        default:
            wrongType(keyPath, value, expected: "a time of day", example: example)
            return nil
        }
        report(.invalidTime, key: key, keyPath: keyPath, message: "\(value.written) is not a time of day.",
               fix: "Write a time from 00:00 to 23:59, for example: \(example)")
        return nil
    }

    func duration(_ key: String, example: String) -> Int64? {
        guard let value = table[key] else { return nil }
        guard case .string(let s) = value else {
            if case .integer(let i) = value {
                report(.wrongType, key: key, message: "\(key) = \(i) has no unit: seconds, minutes or hours?",
                       fix: "Write the length in quotes with its unit, for example: \(example)")
            } else {
                wrongType(key, value, expected: "a length in quotes", example: example)
            }
            return nil
        }
        guard let ms = ConfigDuration.parseMilliseconds(s) else {
            report(.invalidDuration, key: key, message: "\"\(s)\" is not a length loa understands.",
                   fix: "Write hours, minutes and seconds as h, m and s, for example: \(example)")
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
                    report(.wrongType, key: key, keyPath: "\(key)[\(i + 1)]",
                           message: "item \(i + 1) of \(key) is \(item.kindName) (\(item.written)), but it must be text in quotes.",
                           fix: "Write it as: \(example)")
                    return nil
                }
                out.append(s.trimmingSpaces().nfc)
            }
            return out
        case .string(let s):
            report(.wrongType, key: key, message: "\(key) is a single text (\"\(s)\"), but it must be a list.",
                   fix: "Put it in square brackets: \(key) = [\"\(s)\"]")
            return nil
        default:
            wrongType(key, value, expected: "a list", example: example)
            return nil
        }
    }

    func dayRule(_ key: String, allowMonthDays: Bool) -> DayRule? {
        guard let value = table[key] else { return nil }
        let example = allowMonthDays ? "days = \"weekdays\", days = [\"mon\", \"thu\"] or days = [1, 15]"
            : "days = \"weekdays\" or days = [\"mon\", \"thu\"]"
        switch value {
        case .string(let s):
            switch s.trimmingSpaces().lowercased() {
            case "daily", "hàng ngày", "hằng ngày": return .daily
            case "weekdays": return .weekdays
            case "weekends": return .weekends
            default:
                if let day = Weekday.spellings[s.trimmingSpaces().lowercased()] { return .weekdaySet([day]) }
                let near = s.lowercased().contains("every") ? "daily" : NearestMatch.suggestion(for: s, among: ["daily", "weekdays", "weekends"])
                report(.invalidValue, key: key, message: "\"\(s)\" is not a choice of days.",
                       fix: (near.map { "Did you mean \"\($0)\"? " } ?? "") + "Use \"daily\", \"weekdays\", \"weekends\" or a list: \(example)")
                return nil
            }
        case .array(let items) where items.allSatisfy({ if case .integer = $0 { true } else { false } }) && !items.isEmpty:
            guard allowMonthDays else {
                report(.invalidValue, key: key, message: "a slot runs on days of the week, not days of the month.",
                       fix: "Write for example: days = [\"mon\", \"thu\"]")
                return nil
            }
            var days = Set<Int>()
            for case .integer(let d) in items {
                guard (1...31).contains(d) else {
                    report(.invalidValue, key: key, message: "\(d) is not a day of the month.",
                           fix: "Days of the month go from 1 to 31, for example: days = [1, 15]")
                    return nil
                }
                days.insert(d)
            }
            return .monthDays(days)
        case .array(let items) where !items.isEmpty:
            var days = Set<Weekday>()
            for (i, item) in items.enumerated() {
                guard case .string(let s) = item else {
                    report(.wrongType, key: key, keyPath: "\(key)[\(i + 1)]",
                           message: "item \(i + 1) of days is \(item.kindName) (\(item.written)); a list of days must be all names or all numbers.",
                           fix: "Write for example: \(example)")
                    return nil
                }
                guard let day = Weekday.spellings[s.trimmingSpaces().lowercased()] else {
                    let near = NearestMatch.suggestion(for: s, among: Weekday.englishNames + Weekday.vietnameseNames)
                    report(.invalidValue, key: key, keyPath: "\(key)[\(i + 1)]", message: "\"\(s)\" is not a day of the week.",
                           fix: (near.map { "Did you mean \"\($0)\"? " } ?? "") + "Use mon, tue, wed, thu, fri, sat, sun (or t2 … t7, cn).")
                    return nil
                }
                days.insert(day)
            }
            return .weekdaySet(days)
        case .array:
            report(.invalidValue, key: key, message: "days is an empty list, so it would never air.",
                   fix: "Remove the key to mean every day, or write for example: \(example)")
            return nil
        default:
            wrongType(key, value, expected: "a choice of days", example: example)
            return nil
        }
    }
}
