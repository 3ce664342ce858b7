import Foundation

/// Ids name zones, slots and announcements in files, in airing identities and in reports.
public enum Identifiers {
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// `Chủ đề tháng 11` → `chu-de-thang-11`: what to write instead of an id with accents or spaces.
    public static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.nfd.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
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
