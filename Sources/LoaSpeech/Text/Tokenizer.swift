/// Cuts a notice into sentences of written tokens.
///
/// - A sentence ends at a line break and at `.`, `!`, `?` or `…` that close a word (followed by a space or
///   the end): "Họp lúc 7h30. Mời bà con" is two sentences; the dots inside `50.000`, `15.11.2023` and
///   `0912.345.678` are not ends, nor the dot of an abbreviation that has one (`TP.`, `TX.`, `TT.`).
/// - Tokens are cut at spaces; brackets, quotes, `,` `;` and `:` around or between words are dropped
///   (a comma between digits is a decimal comma and stays, as do `:` of `07:30` and `.` of `50.000`).
/// - A dash standing alone (`-`, `–`, `—`) is kept as the token "-": between two numbers it reads "đến".
/// - A comma or semicolon after a word is kept as the token ",", which says nothing but ends a group:
///   the groups of a phone number, a number and its unit, do not reach across it.
struct Tokenizer {
    /// Whether `token` (ending in a dot) is an abbreviation written with its dot, such as "TP.".
    let keepsDot: (Substring) -> Bool

    func sentences(_ text: String) -> [[String]] {
        var sentences: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var current: [String] = []
            for chunk in line.split(whereSeparator: \.isWhitespace) {
                let (tokens, ends) = cut(chunk)
                current += tokens
                if ends, !current.isEmpty {
                    sentences.append(current)
                    current = []
                }
            }
            if !current.isEmpty { sentences.append(current) }
        }
        return sentences
    }

    static let dashes: Set<Character> = ["-", "–", "—", "‐", "‑", "−"]
    static let enders: Set<Character> = [".", "!", "?", "…"]
    static let trailing: Set<Character> = [
        ".", ",", ";", ":", "!", "?", "…", ")", "]", "}", "\"", "'", "”", "’", "»", "“", "‘", "(", "[", "{",
        "«", "-", "–", "—", "/", "*",
    ]
    /// Characters that never belong inside a token: they split it.
    static let splitters: Set<Character> = [
        "(", ")", "[", "]", "{", "}", "\"", "“", "”", "«", "»", ";", "!", "?", "…", "‘", "*", "|", "<", ">",
    ]

    /// One whitespace-separated chunk: its tokens, and whether a sentence ends after it.
    private func cut(_ chunk: Substring) -> ([String], Bool) {
        if chunk.allSatisfy({ Self.dashes.contains($0) }) { return (["-"], false) }
        var s = chunk
        while let f = s.first, !Self.startsToken(f, next: s.dropFirst().first) { s = s.dropFirst() }
        var ends = false
        var pause = false
        while let l = s.last, Self.trailing.contains(l) {
            let before = s.dropLast().last
            if (l == "'" || l == "’"), before?.isNumber == true { break }  // 30' is thirty minutes
            if l == ".", keepsDot(s) { break }
            if Self.enders.contains(l) { ends = true }
            if l == "," || l == ";" { pause = true }
            s = s.dropLast()
        }
        let tokens = inner(s)
        return (pause && !tokens.isEmpty ? tokens + [","] : tokens, ends)
    }

    private static func startsToken(_ c: Character, next: Character?) -> Bool {
        if c.isLetter || c.isNumber || c == "°" || c == "&" || c == "@" || c == "+" || c == "$" || c == "€" { return true }
        // "-5°C": a minus sign before a number
        return dashes.contains(c) && next?.isNumber == true
    }

    /// Splits a trimmed chunk at characters that cannot be inside a token, and at `,` `.` `:` that are
    /// not between two digits (a dot after an abbreviation that has one stays with it).
    private func inner(_ s: Substring) -> [String] {
        var out: [String] = []
        var start = s.startIndex
        var i = s.startIndex
        func flush(_ end: Substring.Index) {
            let piece = s[start..<end]
            if !piece.isEmpty, piece.contains(where: { $0.isLetter || $0.isNumber || Self.symbolsRead.contains($0) }) {
                out.append(String(piece))
            }
        }
        while i < s.endIndex {
            let c = s[i]
            let next = s.index(after: i)
            var split = Self.splitters.contains(c)
            if !split, c == "," || c == "." || c == ":" {
                let prevDigit = i > s.startIndex && s[s.index(before: i)].isNumber
                let nextDigit = next < s.endIndex && s[next].isNumber
                if !(prevDigit && nextDigit) {
                    if c == ".", keepsDot(s[start..<next]) {
                        flush(next)
                        start = next
                        i = next
                        continue
                    }
                    split = true
                }
            }
            if split {
                flush(i)
                start = next
            }
            i = next
        }
        flush(s.endIndex)
        return out
    }

    /// Symbols that are read although they are neither letters nor digits.
    static let symbolsRead: Set<Character> = ["%", "&", "@", "+", "$", "€", "°"]
}
