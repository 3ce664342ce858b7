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
    public var kindName: String {
        switch self {
        case .string: return "text"
        case .integer: return "a whole number"
        case .float: return "a number"
        case .bool: return "true/false"
        case .date: return "a date"
        case .time: return "a time of day"
        case .dateTime: return "a date and time"
        case .array: return "a list"
        case .table: return "a table"
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
