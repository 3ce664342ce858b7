/// Rows for Excel and LibreOffice: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark so
/// Excel reads Vietnamese letters as UTF-8.
///
/// Written by hand: quoting is a few lines, and the CSV packages here add Foundation streams and a
/// dependency for what is a string join.
public struct CSVWriter: Sendable {
    public static let byteOrderMark = "\u{FEFF}"

    public private(set) var text: String

    public init(header: [String], withByteOrderMark: Bool = true) {
        text = withByteOrderMark ? CSVWriter.byteOrderMark : ""
        append(header)
    }

    public mutating func append(_ fields: [String]) {
        text += CSVWriter.line(fields)
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }

    public static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(count)
        for ch in self {
            if ch == target { out += replacement } else { out.append(ch) }
        }
        return out
    }
}
