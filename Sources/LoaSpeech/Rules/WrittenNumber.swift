/// A number as an officer writes it.
///
/// - The dot groups thousands: `50.000` = "năm mươi nghìn", `1.250.000` = "một triệu hai trăm năm mươi nghìn"
///   (a group after the dot has exactly three digits). Spaces typed instead (`50 000`) are joined first
///   (SentenceReader.joinSpacedThousands), except after "số", "gọi" and other phone words.
/// - The comma is the decimal mark: `1,5` = "một phẩy năm", `92,25` = "chín mươi hai phẩy hai mươi lăm",
///   `0,05` = "không phẩy không năm" (zeros after the comma are said, the rest is read as a number when it
///   has up to three digits, digit by digit when longer).
/// - A dot followed by other than three digits is a decimal written the English way: `2.5` = "hai phẩy năm".
/// - Leading zeros: `05` = "năm" (two digits read as their value); `007` = "không không bảy".
struct WrittenNumber {
    let integer: Substring
    let fraction: Substring?

    /// The value, when the number is a whole number that fits.
    var value: Int? { fraction == nil ? Int(integer) : nil }

    var words: [String] {
        var out = Self.integerWords(integer)
        if let fraction {
            out.append("phẩy")
            let zeros = fraction.prefix { $0 == "0" }
            out += zeros.map { _ in "không" }
            let rest = fraction.dropFirst(zeros.count)
            if !rest.isEmpty {
                out += rest.count <= 3 ? Cardinal.words(digits: rest) : Cardinal.digitByDigit(rest)
            }
        }
        return out
    }

    static func integerWords(_ digits: Substring) -> [String] {
        if digits.count > 2, digits.first == "0" { return Cardinal.digitByDigit(digits) }
        return Cardinal.words(digits: digits)
    }

    /// Parses a number starting at atom `i`; returns it and the index after it.
    static func parse(_ atoms: [Atom], at i: Int) -> (WrittenNumber, Int)? {
        guard let first = atoms[safe: i]?.digits else { return nil }
        var integer = String(first)
        var j = i + 1
        if first.count <= 3, first.first != "0" {
            while atoms[safe: j]?.mark == ".", let group = atoms[safe: j + 1]?.digits, group.count == 3 {
                integer += group
                j += 2
            }
        }
        var fraction: Substring?
        if atoms[safe: j]?.mark == ",", let f = atoms[safe: j + 1]?.digits {
            fraction = f
            j += 2
        } else if j == i + 1, atoms[safe: j]?.mark == ".", let f = atoms[safe: j + 1]?.digits, f.count != 3,
            atoms[safe: j + 2]?.mark != "."
        {
            fraction = f
            j += 2
        }
        return (WrittenNumber(integer: Substring(integer), fraction: fraction), j)
    }
}
