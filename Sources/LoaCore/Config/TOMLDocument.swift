import TOMLKit

/// Parses TOML text with TOMLKit and hands back plain values, or the parser's complaint with its place.
public enum TOMLDocument {
    public struct SyntaxError: Error, Sendable, Equatable {
        public var message: String
        /// The message in Vietnamese when loa wrote it; nil when it is the parser's own (English) words.
        public var vietnamese: String? = nil
        public var line: Int
        public var column: Int
        /// Set when the fault is a table header toml++ would abort on (found by `TableHeaderGuard`).
        public var badTableHeader = false
        /// Set when the fault is a date and `T` without a time, which toml++ would abort on.
        public var badDateTime = false
    }

    public static func parse(_ text: String) -> Result<ConfigTable, SyntaxError> {
        // toml++ aborts the process on some table headers instead of reporting them: those never reach it.
        // One scan serves all three kinds of fault: the text is followed once, not once per kind.
        if let fault = TableHeaderGuard.firstFault(in: text) {
            if fault.valueMissing {
                let found = fault.found.map { "\"\($0)\" (U+\(String($0.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)))" }
                return .failure(SyntaxError(message: "a value must begin here, but there is \(found ?? "nothing")",
                                            vietnamese: "chỗ này phải bắt đầu một giá trị, nhưng lại là \(found ?? "khoảng trống")",
                                            line: fault.line, column: fault.column))
            } else if fault.dateTimeWithoutTime {
                let found = fault.found.map { "\"\($0)\"" }
                return .failure(SyntaxError(message: "a date and time must have its whole time (07:30:00) after the date, but there is \(found ?? "the end of the value")",
                                            vietnamese: "ngày kèm giờ phải có đủ giờ (07:30:00) sau ngày, nhưng ở đó lại là \(found ?? "chỗ hết giá trị")",
                                            line: fault.line, column: fault.column, badDateTime: true))
            } else {
                let found = fault.found.map { "\"\($0)\"" }
                return .failure(SyntaxError(message: "a table header's name must begin here, but \(fault.extraBracket ? "there is one [ too many" : "there is \(found ?? "the end of the line")")",
                                            vietnamese: "tên bảng phải bắt đầu ở chỗ này, nhưng \(fault.extraBracket ? "lại thừa một dấu [" : "lại là \(found ?? "chỗ hết dòng")")",
                                            line: fault.line, column: fault.column, badTableHeader: true))
            }
        }
        do {
            let table = try TOMLTable(string: text)
            let converted = convert(table)
            // TOMLKit never frees the tree toml++ parsed (TOMLTable has no deinit): every parse leaked it,
            // about 9 KB for the example station, and `loa web` parsed on every page it served (heaptrack:
            // its RSS grew without end, 187 MB after a benchmark). Emptying the root table frees every
            // node under it; only the empty root (a few dozen bytes) is left. Nothing refers to the tree
            // any more: `converted` holds plain values.
            table.clear()
            return .success(converted)
        } catch let error as TOMLParseError {
            return .failure(SyntaxError(message: error.description, line: error.source.begin.line,
                                        column: error.source.begin.column))
        } catch {
            return .failure(SyntaxError(message: String(describing: error), line: 1, column: 1))
        }
    }

    static func convert(_ table: TOMLTable) -> ConfigTable {
        ConfigTable(table.keys.compactMap { key in
            table[key].map { (key.nfc, convert($0)) }
        })
    }

    static func convert(_ value: TOMLValueConvertible) -> ConfigValue {
        switch value.type {
        case .table:
            return value.table.map { .table(convert($0)) } ?? .table(ConfigTable())
        case .array:
            return .array(value.array.map { $0.map { convert($0) } } ?? [])
        case .string:
            return .string(value.string ?? "")
        case .int:
            return .integer(value.int ?? 0)
        case .double:
            return .float(value.double ?? 0)
        case .bool:
            return .bool(value.bool ?? false)
        case .date:
            let d = value.date
            return .date(year: d?.year ?? 0, month: d?.month ?? 0, day: d?.day ?? 0)
        case .time:
            let t = value.time
            return .time(hour: t?.hour ?? 0, minute: t?.minute ?? 0, second: t?.second ?? 0)
        case .dateTime:
            guard let dt = value.dateTime else { return .string("") }
            return .dateTime(year: dt.date.year, month: dt.date.month, day: dt.date.day,
                             hour: dt.time.hour, minute: dt.time.minute, second: dt.time.second,
                             offsetMinutes: dt.offset?.offset)
        }
    }
}
