import Foundation

/// The text of one configuration file, decoded the way officers' editors save it.
public struct SourceText: Sendable {
    public enum DecodeError: Error, Equatable, Sendable {
        /// Not UTF-8: the 1-based line and column of the first bad byte.
        case notUTF8(line: Int, column: Int)
    }

    /// NFC-normalised, without a byte-order mark.
    public let text: String

    /// Strips a UTF-8 BOM (Windows Notepad writes one) and normalises to NFC, so Vietnamese typed
    /// decomposed (NFD) compares equal to the same words typed precomposed.
    public static func decode(_ bytes: [UInt8]) -> Result<SourceText, DecodeError> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            return .failure(firstInvalidPosition(body))
        }
        // `nfc` skips Foundation's normalisation for ASCII, which is already NFC (a large plain file).
        return .success(SourceText(text: text.nfc))
    }

    public init(text: String) {
        self.text = text
    }

    private static func firstInvalidPosition(_ bytes: ArraySlice<UInt8>) -> DecodeError {
        var line = 1
        var column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return .notUTF8(line: line, column: column)
            }
            let end = index + length
            guard end <= bytes.endIndex,
                  String(validating: bytes[index..<end], as: UTF8.self) != nil else {
                return .notUTF8(line: line, column: column)
            }
            if lead == 0x0A { line += 1; column = 1 } else { column += 1 }
            index = end
        }
        return .notUTF8(line: line, column: column)
    }
}

extension String {
    /// The text's lines as an editor numbers them. Not `split(separator: "\n")`: in Swift "\r\n" is one
    /// Character, so a file saved by Windows Notepad (CRLF) would be one single line.
    /// Split by scalars, not Characters: grapheme breaking a 5 MB line cost a tenth of a second; a CRLF
    /// line keeps its "\r" at the end.
    var physicalLines: [Substring] {
        unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// NFC, the form in which names and titles are stored and compared (ASCII already is).
    public var nfc: String { utf8.allSatisfy { $0 < 0x80 } ? self : precomposedStringWithCanonicalMapping }
}
