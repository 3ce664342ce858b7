/// A calendar date in the station's time zone, with no time and no zone.
///
/// Hand-written rather than built on `Foundation.Calendar`: the planner walks hundreds of thousands of
/// dates and needs exact, allocation-free day arithmetic (days-from-civil, H. Hinnant's algorithm).
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Year, month and day in one word (year << 9 | month << 5 | day): a year's plan holds one in every
    /// airing, and the packed form also compares in calendar order.
    private let packed: Int32

    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int((packed >> 5) & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    /// Nil for dates that do not exist, such as 31 February.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        packed = Int32(year << 9 | month << 5 | day)
    }

    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        packed = Int32((yoe + era * 400 + (m <= 2 ? 1 : 0)) << 9 | m << 5 | d)
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[index]
    }

    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { a.packed < b.packed }

    /// ISO form, `2023-11-15`.
    public var description: String {
        // Written as bytes: the planner and the report make one for each of a million airings.
        guard (0...9999).contains(year) else { return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            let zero = UInt8(ascii: "0"), dash = UInt8(ascii: "-")
            buffer[0] = zero + UInt8(year / 1000)
            buffer[1] = zero + UInt8(year / 100 % 10)
            buffer[2] = zero + UInt8(year / 10 % 10)
            buffer[3] = zero + UInt8(year % 10)
            buffer[4] = dash
            buffer[5] = zero + UInt8(month / 10)
            buffer[6] = zero + UInt8(month % 10)
            buffer[7] = dash
            buffer[8] = zero + UInt8(day / 10)
            buffer[9] = zero + UInt8(day % 10)
            return 10
        }
    }

    /// The form Vietnamese officers write, `15/11/2023`.
    public var vietnameseDescription: String { "\(pad(day, 2))/\(pad(month, 2))/\(pad(year, 4))" }
}

extension LocalDate {
    public enum ParseError: Error, Equatable, Sendable {
        /// The text is not a date in either accepted form.
        case notADate
        /// The form is right but the day does not exist (31/02/2023).
        case impossible(year: Int, month: Int, day: Int)
    }

    /// Accepts `2023-11-15` and `15/11/2023` (also `15-11-2023` and `15.11.2023`).
    public static func parse(_ text: String) -> Result<LocalDate, ParseError> {
        let trimmed = text.trimmingSpaces()
        let parts: [Substring]
        let dayFirst: Bool
        if let separator = trimmed.first(where: { $0 == "/" || $0 == "." }) {
            parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
            dayFirst = true
        } else {
            parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            dayFirst = parts.first.map { $0.count <= 2 } ?? false
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else {
            return .failure(.notADate)
        }
        let (year, month, day) = dayFirst ? (c, b, a) : (a, b, c)
        guard String(year).count == 4 || (dayFirst ? parts[2].count == 4 : parts[0].count == 4) else {
            return .failure(.notADate)
        }
        guard let date = LocalDate(year: year, month: month, day: day) else {
            return .failure(.impossible(year: year, month: month, day: day))
        }
        return .success(date)
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    let length = text.utf8.count  // digits and a sign: one byte each, no need to count characters
    return length >= width ? text : String(repeating: "0", count: width - length) + text
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
