/// Reads the tokens of one sentence left to right. Each rule (Rules/) looks at the token under the
/// cursor, the words already said and the tokens that follow; the first that matches says the token
/// (and may take the next ones, as a phone number in groups or a number and its unit do).
struct SentenceReader {
    private(set) var tokens: [String]
    let table: VietnameseReader
    var index = 0
    var out: [ReadToken] = []

    init(tokens: [String], table: VietnameseReader) {
        self.tokens = tokens
        self.table = table
    }

    mutating func run() -> [ReadToken] {
        while index < tokens.count {
            joinSpacedThousands()
            let before = index
            _ = readPause() || readDash() || readDocumentNumber() || readDate() || readPhone() || readTime() || readQuantity() || readWordToken()
                || readMixed()
            if index == before { spellWhole() }
        }
        return out
    }

    /// The token under the cursor and the ones after it.
    var current: String { tokens[index] }
    /// The atoms of the token under the cursor, cut once for all the rules that try it.
    private var atomsCache: (index: Int, token: String, atoms: [Atom])?
    mutating func currentAtoms() -> [Atom] {
        if let c = atomsCache, c.index == index, c.token == current { return c.atoms }
        let atoms = Atom.of(Substring(current))
        atomsCache = (index, current, atoms)
        return atoms
    }
    func token(after n: Int) -> String? { tokens.indices.contains(index + n) ? tokens[index + n] : nil }

    /// The last words said before the cursor, lower case ("" when none).
    func previousWord(_ back: Int = 1) -> String {
        if back == 1 { return out.last(where: { !$0.words.isEmpty })?.words.last ?? "" }
        var words: [String] = []
        for t in out.reversed() {
            words = t.words + words
            if words.count >= back { break }
        }
        return words.count >= back ? words[words.count - back] : ""
    }

    /// Says `words` for the next `count` tokens.
    mutating func say(_ words: [String], _ rule: ReadingRule, tokens count: Int = 1) {
        let written = tokens[index..<min(index + count, tokens.count)].joined(separator: " ")
        out.append(ReadToken(written: written, words: Self.clean(words), rule: rule))
        index += count
    }

    /// Lower case, letters only, one word per element: the promise of `sentences`.
    static func clean(_ words: [String]) -> [String] {
        words.flatMap { $0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) }
    }

    /// The last resort: letters by name, digits one by one. Nothing with a letter or digit is dropped.
    mutating func spellWhole() {
        say(Spelling.spell(current), .spelled)
    }

    /// `50 000 đồng`, `1 250 000đ`: thousands typed with spaces are one number (a number starting with 0
    /// is a phone number's first group, and 4-digit groups are not thousands).
    mutating func joinSpacedThousands() {
        func isGroup(_ t: String, first: Bool) -> Bool {
            let digits = t.prefix { $0.isASCII && $0.isNumber }
            if first { return digits.count == t.count && (1...3).contains(digits.count) && digits.first != "0" }
            return digits.count == 3 && (t.count == 3 || !(t.dropFirst(3).first?.isNumber ?? false))
        }
        guard isGroup(current, first: true), let next = token(after: 1), isGroup(next, first: false),
            !(1...3).contains(where: { Self.phoneWords.contains(previousWord($0)) })
        else { return }
        var joined = current
        while let next = token(after: 1), isGroup(next, first: false) {
            joined += "." + next
            tokens.remove(at: index + 1)
            if next.count > 3 { break }  // the last group carries the unit: 50 000đ
        }
        tokens[index] = joined
    }

    /// A comma: a pause, no words.
    mutating func readPause() -> Bool {
        guard current == "," else { return false }
        say([], .pause)
        return true
    }

    /// A dash standing alone: "đến" between two numbers ("15/11 – 15/12/2023"), silent elsewhere.
    mutating func readDash() -> Bool {
        guard current == "-" else { return false }
        // between two phone numbers a dash is no range: "0912.345.678 - 0987.654.321"
        let before = index > 0 && tokens[index - 1].contains(where: { $0.isASCII && $0.isNumber })
            && out.last?.rule != .phone
        let after = token(after: 1)?.first.map { $0.isASCII && $0.isNumber } ?? false
        say(before && after ? ["đến"] : [], .dash)
        return true
    }
}
