import Foundation
import LoaCore

/// Writes instants as station-local text, fast enough for a million rows: the zone's offset is looked up
/// once per quarter hour (every real zone changes offset on a quarter-hour boundary) and the digits are
/// written as bytes.
public struct StationClock: Sendable {
    public let resolver: LocalTimeResolver
    private var cachedBucket: Int64 = .min
    private var cachedOffset: Int64 = 0
    /// The civil date of the last local day written: rows come in time order, so it rarely changes.
    private var cachedDay: Int64 = .min
    private var cachedDate = LocalDate(daysSinceEpoch: 0)

    public init(timeZone: TimeZone) {
        resolver = LocalTimeResolver(timeZone: timeZone)
    }

    /// Seconds east of UTC at that instant.
    public mutating func offset(atMs ms: Int64) -> Int64 {
        let seconds = floorDiv(ms, 1000)
        let bucket = floorDiv(seconds, 900)
        if bucket != cachedBucket {
            cachedBucket = bucket
            cachedOffset = resolver.offset(at: bucket * 900)
        }
        return cachedOffset
    }

    /// `2023-11-15 06:00:08.123` (with `milliseconds`) or `2023-11-15 06:00:08`: a form Excel and
    /// LibreOffice read as a date and time. `decimalMark` goes before the milliseconds: a comma for a
    /// spreadsheet set to Vietnamese, which reads `08.123` as text.
    public mutating func appendLocal(_ ms: Int64, milliseconds: Bool, decimalMark: UInt8 = UInt8(ascii: "."), to out: inout [UInt8]) {
        let shifted = ms + offset(atMs: ms) * 1000
        Self.appendClock(shifted, milliseconds: milliseconds, separator: UInt8(ascii: " "), date: localDate(shifted),
                         decimalMark: decimalMark, to: &out)
    }

    /// The station-local wall-clock time of an instant, in milliseconds since 1970-01-01 00:00 local:
    /// what a spreadsheet's date cell holds (it has no time zone).
    public mutating func localMs(_ ms: Int64) -> Int64 { ms + offset(atMs: ms) * 1000 }

    /// `2023-11-15T06:00:08.123+07:00`
    public mutating func appendLocalISO(_ ms: Int64, to out: inout [UInt8]) {
        let offset = offset(atMs: ms)
        let shifted = ms + offset * 1000
        Self.appendClock(shifted, milliseconds: true, separator: UInt8(ascii: "T"), date: localDate(shifted), to: &out)
        out.append(offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let minutes = abs(offset) / 60
        Self.appendDigits(Int(minutes / 60), 2, to: &out)
        out.append(UInt8(ascii: ":"))
        Self.appendDigits(Int(minutes % 60), 2, to: &out)
    }

    /// `2023-11-14T23:00:08.123Z`
    public static func appendUTC(_ ms: Int64, to out: inout [UInt8]) {
        appendClock(ms, milliseconds: true, separator: UInt8(ascii: "T"), to: &out)
        out.append(UInt8(ascii: "Z"))
    }

    private mutating func localDate(_ shiftedMs: Int64) -> LocalDate {
        let day = floorDiv(floorDiv(shiftedMs, 1000), 86_400)
        if day != cachedDay {
            cachedDay = day
            cachedDate = LocalDate(daysSinceEpoch: Int(day))
        }
        return cachedDate
    }

    /// The text of an instant already shifted to the wanted zone; `date`, if given, is its day's date.
    static func appendClock(_ shiftedMs: Int64, milliseconds: Bool, separator: UInt8, date known: LocalDate? = nil,
                            decimalMark: UInt8 = UInt8(ascii: "."), to out: inout [UInt8]) {
        let seconds = floorDiv(shiftedMs, 1000)
        let days = floorDiv(seconds, 86_400)
        let ofDay = Int(seconds - days * 86_400)
        let date = known ?? LocalDate(daysSinceEpoch: Int(days))
        appendDigits(date.year, 4, to: &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(date.month, 2, to: &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(date.day, 2, to: &out)
        out.append(separator)
        appendDigits(ofDay / 3600, 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(ofDay / 60 % 60, 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(ofDay % 60, 2, to: &out)
        if milliseconds {
            out.append(decimalMark)
            appendDigits(Int(shiftedMs - seconds * 1000), 3, to: &out)
        }
    }

    static func appendDigits(_ value: Int, _ width: Int, to out: inout [UInt8]) {
        // The common cases, written directly: six of these per time, three times per exported row.
        let zero = UInt8(ascii: "0")
        if width == 2, (0..<100).contains(value) {
            out.append(zero + UInt8(value / 10))
            out.append(zero + UInt8(value % 10))
            return
        }
        if width == 3, (0..<1000).contains(value) {
            out.append(zero + UInt8(value / 100))
            out.append(zero + UInt8(value / 10 % 10))
            out.append(zero + UInt8(value % 10))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0)
        var v = max(0, value), n = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[n] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                n += 1
            } while (v > 0 || n < width) && n < buffer.count
            for i in stride(from: n - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }

    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var v = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var n = 0
            repeat {
                buffer[n] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                n += 1
            } while v > 0
            for i in stride(from: n - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }

    /// Milliseconds as seconds with three decimals, `61.226` (or `61,226` with a decimal comma).
    public static func appendSeconds(_ ms: Int64, decimalMark: UInt8 = UInt8(ascii: "."), to out: inout [UInt8]) {
        if ms < 0 { out.append(UInt8(ascii: "-")) }
        let a = abs(ms)
        appendInteger(a / 1000, to: &out)
        out.append(decimalMark)
        appendDigits(Int(a % 1000), 3, to: &out)
    }
}

@inline(__always) func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
