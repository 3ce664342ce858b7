/// Words that are neither in the abbreviation table nor numbers.
///
/// - A word in lower case or capitalised is read as written, lower-cased: "Hà Nội" → "hà nội", and a
///   loan word the table does not know ("internet") is left to the voice rather than spelled.
/// - A word in capitals is read as a word when it is one Vietnamese syllable ("THÔNG BÁO" → "thông báo")
///   or has vowels enough to be a name (at least two letters in five: the storm "YAGI" → "yagi"), and is
///   spelled by the letter names acronyms use otherwise: "VTV" → "vê tê vê", "OTP" → "o tê pê".
/// - A consonant alone is its name: "loại B" → "loại bê"; a vowel alone is a word: "ở", "y tế", "ý kiến".
/// - Letters and digits mixed are read in runs: "H5N1" → "hát năm en một", "A1" → "a một".
enum Spelling {
    /// The names of the letters as they are said in acronyms (Northern).
    static let letterNames: [Character: String] = [
        "a": "a", "ă": "á", "â": "ớ", "b": "bê", "c": "xê", "d": "dê", "đ": "đê", "e": "e", "ê": "ê",
        "f": "ép", "g": "giê", "h": "hát", "i": "i", "j": "gi", "k": "ca", "l": "e lờ", "m": "em", "n": "en",
        "o": "o", "ô": "ô", "ơ": "ơ", "p": "pê", "q": "quy", "r": "e rờ", "s": "ét", "t": "tê", "u": "u",
        "ư": "ư", "v": "vê", "w": "vê kép", "x": "ích", "y": "i", "z": "dét",
    ]

    /// Spells letters one by one; a letter with a tone mark is named by its base letter and the letter
    /// names of the tone are not said (an acronym never carries tones in practice).
    static func spell<S: StringProtocol>(_ letters: S) -> [String] {
        var out: [String] = []
        for c in letters.lowercased() {
            if let name = letterNames[c] ?? letterNames[baseLetter(c)] {
                out += name.split(separator: " ").map(String.init)
            } else if let d = c.wholeNumberValue, c.isASCII {
                out.append(Cardinal.digitNames[d])
            } else if c.isLetter {
                out.append(String(c))
            }
        }
        return out
    }

    /// Reads a word made of letters only.
    static func word(_ w: Substring) -> [String] {
        let lower = w.lowercased()
        if w.count == 1 {
            // A vowel alone is a word ("ở", "y tế", "ý kiến"); a consonant alone is a letter ("loại B").
            return lower.first.map { Syllable.toneless[$0] != nil } == true ? [lower] : spell(w)
        }
        let isCapitals = w.allSatisfy { !$0.isLetter || $0.isUppercase }
        if isCapitals, !Syllable.isVietnamese(lower), !isForeignName(lower) { return spell(w) }
        return [lower]
    }

    /// A word in capitals with vowels enough to be said (a storm's name "YAGI", "EWINIAR") is left to the
    /// voice; acronyms ("UBND", "HTX", "OTP") have few vowels and are spelled.
    static func isForeignName(_ lower: String) -> Bool {
        let vowels = lower.filter { Syllable.toneless[$0] != nil }.count
        return lower.count >= 4 && vowels * 5 >= lower.count * 2
    }

    /// The letter without its tone mark (ắ → ă, ế → ê, ó → o).
    static func baseLetter(_ c: Character) -> Character { Syllable.toneless[c] ?? c }
}
