/// The two CSV forms loa writes. Both are UTF-8 with a byte-order mark (Excel then reads Vietnamese
/// letters as UTF-8) and CRLF line ends, quoted as RFC 4180 with the dialect's separator.
///
/// - `programs` (the default): `,` between fields, a decimal point, `2023-11-15 06:00:08.123`: what
///   scripts, databases and an English Excel or LibreOffice read.
/// - `excelVI` (`--excel-vi`): what Excel and LibreOffice read when Windows or the office suite is set to
///   Vietnamese: `;` between fields (Vietnamese Windows' list separator, because the comma is the
///   decimal mark), a decimal comma (`28,590`), and times with a decimal comma before the milliseconds
///   (`2023-11-15 06:00:08,123`), which those settings parse as dates; with a point they were left as text.
public struct CSVDialect: Sendable, Equatable {
    public var separator: UInt8
    public var decimalComma: Bool

    public static let programs = CSVDialect(separator: UInt8(ascii: ","), decimalComma: false)
    public static let excelVI = CSVDialect(separator: UInt8(ascii: ";"), decimalComma: true)

    public var decimalMark: UInt8 { decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".") }

    /// A whole line, with its CRLF.
    public func line(_ fields: [String]) -> String {
        var out: [UInt8] = []
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(separator) }
            var field = field
            field.withUTF8 { appendField(UnsafeRawBufferPointer($0), to: &out) }
        }
        out.append(13)
        out.append(10)
        return String(decoding: out, as: UTF8.self)
    }

    /// `1.5` as this dialect writes a decimal: `1,5` with a decimal comma.
    public func number(_ text: String) -> String {
        decimalComma ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    /// RFC 4180: a field holding the separator, a quote or a line break is quoted, and its quotes doubled.
    /// A decimal-comma dialect quotes nothing more: its separator is `;`, and commas inside text are plain.
    public func appendField(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        var needsQuotes = false
        for b in bytes where b == separator || b == 0x22 || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        // As typed bytes, the append is one copy rather than a loop over a raw buffer's elements.
        guard needsQuotes else { out.append(contentsOf: bytes.assumingMemoryBound(to: UInt8.self)); return }
        out.append(UInt8(ascii: "\""))
        for b in bytes {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }
}
