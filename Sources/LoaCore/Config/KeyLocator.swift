import Foundation

/// Finds the line and column of a key in TOML text, so errors of meaning can point at a place.
///
/// Written by hand because TOMLKit does not expose where its values came from. It is a line scanner,
/// good for the shapes a configuration uses (`[table]`, `[[array]]`, `key = value`); for anything it
/// cannot place it falls back to the section's header line.
public struct KeyLocator: Sendable {
    public enum Section: Hashable, Sendable {
        case top
        case table(String)
        case arrayItem(String, index: Int)
    }

    public struct Place: Hashable, Sendable {
        public var line: Int
        public var column: Int
    }

    private struct SectionInfo: Sendable {
        var header: Place
        var keys: [String: Place] = [:]
    }

    private var sections: [Section: SectionInfo] = [:]

    public init(text: String) {
        var current = Section.top
        var arrayCounts: [String: Int] = [:]
        sections[.top] = SectionInfo(header: Place(line: 1, column: 1))
        var insideMultilineString = false
        for (offset, rawLine) in text.physicalLines.enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if Self.tripleQuotes(in: line) % 2 == 1 { insideMultilineString.toggle() }
            if insideMultilineString { continue }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let body = line.dropFirst(indent)
            if body.hasPrefix("[[") {
                let name = Self.normaliseHeader(body.dropFirst(2).prefix { $0 != "]" })
                let index = arrayCounts[name, default: 0]
                arrayCounts[name] = index + 1
                current = .arrayItem(name, index: index)
                sections[current] = SectionInfo(header: Place(line: lineNumber, column: indent + 1))
            } else if body.hasPrefix("[") {
                current = .table(Self.normaliseHeader(body.dropFirst().prefix { $0 != "]" }))
                if sections[current] == nil {
                    sections[current] = SectionInfo(header: Place(line: lineNumber, column: indent + 1))
                }
            } else if let equals = body.firstIndex(of: "="), !body.hasPrefix("#") {
                let key = Self.normaliseHeader(body[..<equals])
                if !key.isEmpty, sections[current]?.keys[key] == nil {
                    sections[current]?.keys[key] = Place(line: lineNumber, column: indent + 1)
                }
            }
        }
    }

    /// The place of `key` in `section`, or of the section's header when the key is not written there.
    public func place(of key: String?, in section: Section) -> Place {
        guard let info = sections[section] else { return Place(line: 0, column: 0) }
        if let key, let place = info.keys[key] { return place }
        if section == .top, let key {
            if let table = sections[.table(key)] { return table.header }
            if let item = sections[.arrayItem(key, index: 0)] { return item.header }
        }
        return info.header
    }

    /// How many `"""` the line holds, counted in bytes (Foundation's components(separatedBy:) took a
    /// quarter of a second on a 5 MB line).
    private static func tripleQuotes(in line: Substring) -> Int {
        var count = 0
        var run = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: "\"") {
                run += 1
                if run == 3 { count += 1; run = 0 }
            } else {
                run = 0
            }
        }
        return count
    }

    private static func normaliseHeader(_ text: some StringProtocol) -> String {
        text.split(separator: ".").map { part in
            part.trimmingSpaces().trimmingCharacters(in: "\"'")
        }.joined(separator: ".").nfc
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
