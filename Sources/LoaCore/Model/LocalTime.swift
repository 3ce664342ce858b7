/// A wall-clock time of day in the station's time zone, to the second.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since midnight, 0..<86400.
    public let secondsOfDay: Int

    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        secondsOfDay = hour * 3600 + minute * 60 + second
    }

    public init?(secondsOfDay: Int) {
        guard (0..<86_400).contains(secondsOfDay) else { return nil }
        self.secondsOfDay = secondsOfDay
    }

    public var hour: Int { secondsOfDay / 3600 }
    public var minute: Int { secondsOfDay / 60 % 60 }
    public var second: Int { secondsOfDay % 60 }

    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.secondsOfDay < b.secondsOfDay }

    /// `06:00`, or `06:00:30` when the seconds are not zero.
    public var description: String {
        second == 0 ? "\(pad(hour, 2)):\(pad(minute, 2))" : "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
    }

    /// Accepts `6:00`, `06:00` and `06:00:00`; nil otherwise (including 25:00).
    public static func parse(_ text: String) -> LocalTime? {
        let parts = text.trimmingSpaces().split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
              parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) ?? -1 : 0
        return LocalTime(hour: h, minute: m, second: s)
    }
}
