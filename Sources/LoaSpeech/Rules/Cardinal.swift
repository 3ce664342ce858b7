/// Cardinal numbers as a careful Northern announcer reads them.
///
/// Hand-written: no Swift library reads Vietnamese numbers, and the rules are few and exact.
/// - Groups of three digits with the scales nghìn, triệu, tỷ; above a tỷ the scales repeat before it:
///   1.000.000.000.000 = "một nghìn tỷ".
/// - A unit after "mươi" is "mốt" (21 = "hai mươi mốt"), "tư" (24 = "hai mươi tư") or "lăm"
///   (25 = "hai mươi lăm"); after "mười" a 5 is "lăm" (15 = "mười lăm") but 4 and 1 stay "bốn", "một"
///   (14 = "mười bốn", 11 = "mười một"). 10–19 are "mười …", never "một mươi".
/// - A missing ten is "linh" (105 = "một trăm linh năm"), and a unit after "linh" keeps its plain name.
/// - Zero groups are skipped, but a group after a higher one that is below 100 says its hundreds:
///   1.005 = "một nghìn không trăm linh năm", 2.050.000 = "hai triệu không trăm năm mươi nghìn",
///   1.000.005 = "một triệu không trăm linh năm".
enum Cardinal {
    static let digitNames = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

    static func words(_ n: UInt64) -> [String] {
        if n == 0 { return ["không"] }
        var out: [String] = []
        read(n, leading: true, into: &out)
        return out
    }

    /// Reads a string of ASCII digits (any length): as a number when it fits, digit by digit otherwise.
    static func words(digits: Substring) -> [String] {
        if digits.count <= 18, let n = UInt64(digits) { return words(n) }
        return digitByDigit(digits)
    }

    static func digitByDigit<S: StringProtocol>(_ digits: S) -> [String] {
        digits.compactMap { c in c.wholeNumberValue.map { digitNames[$0] } }
    }

    private static func read(_ n: UInt64, leading: Bool, into out: inout [String]) {
        let billion: UInt64 = 1_000_000_000
        if n >= billion {
            read(n / billion, leading: leading, into: &out)
            out.append("tỷ")
            let rest = n % billion
            if rest > 0 { readBelowBillion(rest, leading: false, into: &out) }
        } else {
            readBelowBillion(n, leading: leading, into: &out)
        }
    }

    private static func readBelowBillion(_ n: UInt64, leading: Bool, into out: inout [String]) {
        let groups = [(n / 1_000_000, "triệu"), ((n / 1000) % 1000, "nghìn"), (n % 1000, "")]
        var first = leading
        for (value, scale) in groups where value > 0 {
            group(Int(value), leading: first, into: &out)
            if !scale.isEmpty { out.append(scale) }
            first = false
        }
    }

    /// One group of three digits; `leading` when nothing higher was read before it.
    private static func group(_ g: Int, leading: Bool, into out: inout [String]) {
        let h = g / 100, t = (g / 10) % 10, u = g % 10
        let saysHundreds = h > 0 || !leading
        if saysHundreds { out += [digitNames[h], "trăm"] }
        switch t {
        case 0:
            if u > 0 {
                if saysHundreds { out.append("linh") }
                out.append(digitNames[u])
            }
        case 1:
            out.append("mười")
            if u == 5 { out.append("lăm") } else if u > 0 { out.append(digitNames[u]) }
        default:
            out += [digitNames[t], "mươi"]
            switch u {
            case 0: break
            case 1: out.append("mốt")
            case 4: out.append("tư")
            case 5: out.append("lăm")
            default: out.append(digitNames[u])
            }
        }
    }
}
