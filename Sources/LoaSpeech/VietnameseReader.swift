import Foundation

/// Reads a written Vietnamese notice as the words a careful Northern announcer says.
///
/// Pure: no clock, no files, no locale. Foundation only for Unicode normalisation (NFC).
/// The rules and their examples: docs/speech-reading.md and the doc comment of each file in Rules/.
public struct VietnameseReader: Sendable {
    let table: [String: String]

    /// `abbreviations`: the station's own table (as written → as read), added to and overriding the built-in one.
    /// A key is one token as typed, without spaces ("CLB", "TP.", "KT-XH").
    public init(abbreviations: [String: String] = [:]) {
        var table = Abbreviations.builtIn
        for (written, read) in abbreviations {
            let key = written.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
            if !key.isEmpty { table[key] = read.precomposedStringWithCanonicalMapping }
        }
        self.table = table
    }

    /// The words an announcer says, one sentence per element: NFC, lower case, no digits or symbols left,
    /// words separated by single spaces. Never drops an unknown token (spells it).
    public func sentences(_ text: String) -> [String] {
        reading(text).map { $0.words.joined(separator: " ") }.filter { !$0.isEmpty }
    }

    /// Each sentence with its written tokens, the words read for each and the rule that read them.
    public func reading(_ text: String) -> [Sentence] {
        let tokenizer = Tokenizer(keepsDot: { token in self.abbreviation(token) != nil })
        return tokenizer.sentences(Self.prepare(text)).map { tokens in
            var reader = SentenceReader(tokens: tokens, table: self)
            return Sentence(tokens: reader.run())
        }.filter { !$0.words.isEmpty }
    }

    /// NFC (text typed on Windows may arrive decomposed), and the typographic look-alikes of ASCII marks.
    static func prepare(_ text: String) -> String {
        var s = text.precomposedStringWithCanonicalMapping
        if s.first == "\u{FEFF}" { s.removeFirst() }
        return s
    }

    /// The reading of an abbreviation: as written, or (for a word that is not a Vietnamese syllable,
    /// typed in small letters or mixed: "ubnd", "Tp.") in capitals.
    func abbreviation<S: StringProtocol>(_ written: S) -> String? {
        let key = String(written)
        if let read = table[key] { return read }
        let upper = key.uppercased()
        if upper != key, key.contains(where: \.isLetter), !Syllable.isVietnamese(key.lowercased().filter(\.isLetter)) {
            return table[upper]
        }
        return nil
    }
}

/// A sentence as read: its tokens in order.
public struct Sentence: Sendable, Equatable {
    public let tokens: [ReadToken]
    /// The words said, lower case, letters only.
    public var words: [String] { tokens.flatMap(\.words) }
}

/// One written token, the words said for it, and the rule that read it.
public struct ReadToken: Sendable, Equatable {
    public let written: String
    public let words: [String]
    public let rule: ReadingRule
}

/// Which rule read a token (docs/speech-reading.md describes each).
public enum ReadingRule: String, Sendable, Equatable, CaseIterable {
    case word, abbreviation, spelled, cardinal, decimal, ordinal, month, date, dateRange, time, timeRange,
        range, phone, money, percent, unit, roman, symbol, dash, pause
}
