/// A parsed TOML document as plain Sendable values, so nothing past the parser holds TOMLKit's C++ objects.
public indirect enum ConfigValue: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case date(year: Int, month: Int, day: Int)
    case time(hour: Int, minute: Int, second: Int)
    case dateTime(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offsetMinutes: Int?)
    case array([ConfigValue])
    case table(ConfigTable)

    /// The word for this kind of value in messages.
    public var kindName: String { kindNameText.en }

    /// The word for this kind of value in messages, in both languages.
    public var kindNameText: LocalizedText {
        switch self {
        case .string: LocalizedText(en: "text", vi: "chữ")
        case .integer: LocalizedText(en: "a whole number", vi: "một số nguyên")
        case .float: LocalizedText(en: "a number", vi: "một số thập phân")
        case .bool: LocalizedText(en: "true/false", vi: "true/false (đúng/sai)")
        case .date: LocalizedText(en: "a date", vi: "một ngày")
        case .time: LocalizedText(en: "a time of day", vi: "giờ trong ngày")
        case .dateTime: LocalizedText(en: "a date and time", vi: "ngày kèm giờ")
        case .array: LocalizedText(en: "a list", vi: "một danh sách")
        case .table: LocalizedText(en: "a table", vi: "một bảng")
        }
    }

    /// The value as it would be written in TOML, for messages.
    public var written: String {
        switch self {
        case .string(let s): return "\"\(s)\""
        case .integer(let i): return String(i)
        case .float(let d): return String(d)
        case .bool(let b): return String(b)
        case .date(let y, let m, let d): return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        case .time(let h, let m, let s): return "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2))"
        case .dateTime(let y, let mo, let d, let h, let mi, let s, _):
            return "\(pad(y, 4))-\(pad(mo, 2))-\(pad(d, 2))T\(pad(h, 2)):\(pad(mi, 2)):\(pad(s, 2))"
        case .array(let items): return "[" + items.map(\.written).joined(separator: ", ") + "]"
        case .table: return "{…}"
        }
    }
}

/// A TOML table; `keys` keeps the parser's order.
public struct ConfigTable: Hashable, Sendable {
    public var keys: [String]
    public var values: [String: ConfigValue]

    public init(_ entries: [(String, ConfigValue)] = []) {
        keys = entries.map(\.0)
        values = Dictionary(entries, uniquingKeysWith: { _, last in last })
    }

    public subscript(key: String) -> ConfigValue? { values[key] }
}
