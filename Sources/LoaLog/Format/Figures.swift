import Foundation
import LoaCore

/// Numbers as the reader of a report writes them: in Vietnamese `1.234` and `92,5 %` (a dot groups
/// thousands, a comma marks the decimals, as in administrative documents), in English `1,234` and `92.5%`.
///
/// Written by hand rather than through ICU's locale data: the printed report must come out the same on
/// every machine and ICU release (their Vietnamese percent sign and spacing have changed between
/// releases), and the rule is two separators.
public struct Figures: Sendable, Equatable {
    public let lang: Language

    public init(_ lang: Language) { self.lang = lang }

    var groupSeparator: Character { lang == .vi ? "." : "," }
    var decimalSeparator: Character { lang == .vi ? "," : "." }

    /// `1.234` / `1,234`.
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + Self.grouped(digits, separator: groupSeparator)
    }

    /// `92,5` / `92.5`: rounded to `places` decimals, thousands grouped.
    public func decimal(_ value: Double, places: Int = 1) -> String {
        let plain = String(format: "%.\(places)f", value)
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1).map(String.init)
        var out = Self.grouped(parts[0], separator: groupSeparator)
        if parts.count > 1 { out += String(decimalSeparator) + parts[1] }
        // "-0,0" reads as a loss where nothing happened.
        let isZero = !unsigned.contains { $0 != "0" && $0 != "." }
        return negative && !isZero ? "-" + out : out
    }

    /// `92,5 %` (Vietnamese puts a space before the sign) / `92.5%`.
    public func percent(_ value: Double, places: Int = 1) -> String {
        decimal(value, places: places) + (lang == .vi ? "\u{00A0}%" : "%")
    }

    static func grouped(_ digits: String, separator: Character) -> String {
        guard digits.count > 3 else { return digits }
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(separator) }
            out.append(ch)
        }
        return out
    }
}
