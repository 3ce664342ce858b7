import Foundation

/// Turns the station's wall-clock times into instants, with the daylight-saving rules radio needs:
/// a local time skipped by a spring-forward change airs at the first instant after the gap, and a
/// local time that occurs twice in an autumn change airs once, at its first occurrence.
public struct LocalTimeResolver: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Unix milliseconds.
    public func instant(_ date: LocalDate, _ time: LocalTime) -> Int64 {
        let local = Int64(date.daysSinceEpoch) * 86_400 + Int64(time.secondsOfDay)
        let before = offset(at: local - 86_400)
        let after = offset(at: local + 86_400)
        var valid: [Int64] = []
        for o in Set([before, after]) {
            let candidate = local - o
            if offset(at: candidate) == o { valid.append(candidate) }
        }
        if let first = valid.min() { return first * 1000 }
        // In a gap: every instant before the change reads earlier than `local`, every one after reads
        // later. Find the change itself.
        var low = local - after, high = local - before  // offset(low) == before, offset(high) == after
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if offset(at: mid) == before { low = mid } else { high = mid }
        }
        return high * 1000
    }

    /// The zone's offset, when it is the same over the whole span `instant(date, _)` may look at (the day,
    /// a day either side, and the widest offset beyond): then every time of that day is
    /// `instant(date, time, offset:)`, which is what `instant(date, time)` returns, without its look-ups.
    public func steadyOffset(around date: LocalDate) -> Int64? {
        let midnight = Int64(date.daysSinceEpoch) * 86_400
        let first = midnight - 86_400 - 50_400 - 1, last = midnight + 2 * 86_400 + 50_400 + 1
        let offset = offset(at: first)
        guard self.offset(at: last) == offset else { return nil }
        if let change = timeZone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: TimeInterval(first))),
           change.timeIntervalSince1970 <= TimeInterval(last) {
            return nil
        }
        return offset
    }

    /// Unix milliseconds of a local time, with the offset `steadyOffset(around:)` found for its date.
    public func instant(_ date: LocalDate, _ time: LocalTime, offset: Int64) -> Int64 {
        (Int64(date.daysSinceEpoch) * 86_400 + Int64(time.secondsOfDay) - offset) * 1000
    }

    /// The local date and time of an instant.
    public func local(_ ms: Int64) -> (date: LocalDate, time: LocalTime) {
        let seconds = Int64((Double(ms) / 1000).rounded(.down))
        let local = seconds + offset(at: seconds)
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secondsOfDay = Int(local - Int64(days) * 86_400)
        return (LocalDate(daysSinceEpoch: days), LocalTime(secondsOfDay: secondsOfDay) ?? LocalTime(secondsOfDay: 0)!)
    }

    /// Seconds east of UTC at that Unix second.
    public func offset(at unixSeconds: Int64) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(unixSeconds))))
    }
}

extension LocalDate {
    /// The date at `nowMs` in the zone `timeZoneID`; the station's default zone when it is nil or unknown.
    public static func at(_ nowMs: Int64, timeZoneID: String?) -> LocalDate {
        let zone = timeZoneID.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: Station.defaultTimeZoneID)
            ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current
        return LocalTimeResolver(timeZone: zone).local(nowMs).date
    }
}
