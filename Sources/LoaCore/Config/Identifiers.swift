import Foundation

/// Ids name zones, slots and announcements in files, in airing identities and in reports.
public enum Identifiers {
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// Cyrillic and Greek letters drawn like Latin ones: an id typed with one looks right and never matches.
    static let lookAlikes: [Unicode.Scalar: Character] = [
        "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y",
        "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ո": "n",
        "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c", "Т": "t", "Х": "x",
        "І": "i", "Ј": "j", "Ѕ": "s",
        "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "υ": "u", "χ": "x", "ε": "e",
        "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o", "Ρ": "p",
        "Τ": "t", "Υ": "y", "Χ": "x",
    ]

    /// The letters of `id` that look Latin but are not, each named: `"о" (CYRILLIC SMALL LETTER O, U+043E)`.
    public static func lookAlikeLetters(in id: String) -> [String] {
        var seen: Set<Unicode.Scalar> = []
        return id.unicodeScalars.compactMap { scalar in
            guard lookAlikes[scalar] != nil, seen.insert(scalar).inserted else { return nil }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return "\"\(scalar)\" (\(scalar.properties.name ?? "a letter that is not Latin"), \(code))"
        }
    }

    /// `Chủ đề tháng 11` → `chu-de-thang-11`: what to write instead of an id with accents or spaces.
    public static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.nfd.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
            if let latin = lookAlikes[scalar] { out.append(latin); continue }
            switch scalar {
            case "đ": out += "d"
            case "Đ": out += "d"
            case "a"..."z", "0"..."9", "-", "_": out.unicodeScalars.append(scalar)
            case "A"..."Z": out += String(scalar).lowercased()
            default: if !out.hasSuffix("-") { out += "-" }
            }
        }
        return out.trimmingCharacters(in: "-")
    }
}

extension String {
    var nfd: String { decomposedStringWithCanonicalMapping }
}
