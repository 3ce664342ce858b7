/// Lengths written in a configuration: `30m`, `1h30m`, `90s`, `1h`, `2.5s`.
public enum ConfigDuration {
    /// Milliseconds, or nil when the text is not a positive duration in that form.
    public static func parseMilliseconds(_ text: String) -> Int64? {
        let s = text.trimmingSpaces().lowercased()
        guard !s.isEmpty else { return nil }
        var total: Double = 0
        var number = ""
        var sawUnit = false
        var lastUnitRank = Int.max
        for ch in s {
            if ch.isASCIIDigit || ch == "." {
                number.append(ch)
            } else if let (rank, factor) = unit(ch), let value = Double(number), !number.isEmpty {
                guard rank < lastUnitRank else { return nil }  // "30m1h" is a typo, not a length
                lastUnitRank = rank
                total += value * factor
                number = ""
                sawUnit = true
            } else {
                return nil
            }
        }
        guard number.isEmpty, sawUnit, total > 0 else { return nil }
        return Int64((total * 1000).rounded())
    }

    private static func unit(_ ch: Character) -> (Int, Double)? {
        switch ch {
        case "h": return (3, 3600)
        case "m": return (2, 60)
        case "s": return (1, 1)
        default: return nil
        }
    }

    /// `30m`, `1h30m`, `45s`, `1m30.5s`.
    public static func format(milliseconds ms: Int64) -> String {
        let totalSeconds = Double(ms) / 1000
        var whole = Int64(totalSeconds)
        let fraction = totalSeconds - Double(whole)
        let h = whole / 3600
        whole %= 3600
        let m = whole / 60
        let s = whole % 60
        var out = ""
        if h > 0 { out += "\(h)h" }
        if m > 0 { out += "\(m)m" }
        if fraction >= 0.05 {
            let tenths = Int((fraction * 10).rounded())
            out += tenths == 10 ? "\(s + 1)s" : "\(s).\(tenths)s"
        } else if s > 0 || out.isEmpty {
            out += "\(s)s"
        }
        return out
    }

    /// `12:34` or `1:02:03`, for tables read by people.
    public static func clock(milliseconds ms: Int64) -> String {
        let total = Int((Double(ms) / 1000).rounded())
        let h = total / 3600, m = total / 60 % 60, s = total % 60
        return h > 0 ? "\(h):\(pad(m, 2)):\(pad(s, 2))" : "\(m):\(pad(s, 2))"
    }
}
