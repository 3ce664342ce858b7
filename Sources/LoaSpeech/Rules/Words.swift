/// Tokens of letters, and tokens that no other rule took.
///
/// - Abbreviations first (Abbreviations.swift), then Roman numerals where they number something
///   (Roman.swift), then units that cannot be words (`km`, `kg`), then the word itself (Spelling.swift).
/// - A compound the table does not hold is read part by part: "QĐ-UBND" → "quyết định ủy ban nhân dân",
///   "Hòa-Bình" → "hòa bình"; `&` is "và": "PCTT&TKCN" → "phòng chống thiên tai và tìm kiếm cứu nạn".
/// - Letters and digits mixed are read run by run: "QL1A" → "quốc lộ một a", "COVID-19" → "cô vít mười
///   chín", "H5N1" → "hát năm en một"; a run of more than three digits is read digit by digit.
/// - Digits in groups that are no number (`7111.0.1234567`, an account) are read one by one.
/// - `T2`…`T7` are weekdays ("thứ hai" … "thứ bảy").
/// - A slash before a number is "trên": `17/19 tiêu chí` "mười bảy trên mười chín tiêu chí", `24/24 giờ`.
extension SentenceReader {
    static let symbolNames: [Character: String] = [
        "&": "và", "+": "cộng", "@": "a còng", "%": "phần trăm", "$": "đô la", "€": "ơ rô", "°": "độ",
    ]

    mutating func readWordToken() -> Bool {
        let t = current
        guard t.contains(where: \.isLetter), !t.contains(where: { $0.isASCII && $0.isNumber }) else { return false }
        if let read = table.abbreviation(t) {
            say([read], .abbreviation)
            return true
        }
        if let words = romanReading(t) {
            say(words, .roman)
            return true
        }
        if let unit = Units.anywhere[t.lowercased()] {
            say([unit], .unit)
            return true
        }
        if let rate = rateWords(Substring(t)) {
            say(rate, .unit)
            return true
        }
        let atoms = Atom.of(Substring(t))
        if atoms.count == 1, let letters = atoms.first?.letters {
            let words = Spelling.word(letters)
            say(words, words == [letters.lowercased()] ? .word : .spelled)
            return true
        }
        return readMixed()
    }

    /// Reads a token run by run; anything with a letter or digit is said.
    mutating func readMixed() -> Bool {
        let atoms = currentAtoms()
        if atoms.count == 2, atoms[0].letters == "T", let d = atoms[1].digits, let n = Int(d), (2...7).contains(n) {
            say(["thứ"] + Cardinal.words(UInt64(n)), .ordinal)
            return true
        }
        // An account or code number: 7111.0.1234567
        let digitCount = atoms.reduce(0) { $0 + ($1.digits?.count ?? 0) }
        if digitCount >= 7, atoms.allSatisfy({ $0.digits != nil || $0.mark == "." || $0.mark == "-" }) {
            say(Cardinal.digitByDigit(current), .spelled)
            return true
        }
        var words: [String] = []
        var rule = ReadingRule.spelled
        var i = 0
        while i < atoms.count {
            switch atoms[i] {
            case .letters(let l):
                if let read = table.abbreviation(l) {
                    words.append(read)
                    rule = .abbreviation
                } else {
                    words += Spelling.word(l)
                }
            case .digits(let d):
                if d.count <= 3, let (n, next) = WrittenNumber.parse(atoms, at: i) {
                    words += n.words
                    i = next
                    continue
                }
                words += Cardinal.digitByDigit(d)
            case .mark(let m):
                if m == "/", atoms[safe: i + 1]?.digits != nil, i > 0 {
                    words.append("trên")  // 17/19 tiêu chí, 112 bé trai/100 bé gái
                } else if let name = Self.symbolNames[m] {
                    words.append(name)
                }
            }
            i += 1
        }
        say(words, atoms.count == 1 && atoms[0].mark != nil ? .symbol : rule)
        return true
    }
}
