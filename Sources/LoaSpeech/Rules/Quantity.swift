/// A number with what it counts: cardinals, decimals, ordinals, months, ranges and units.
///
/// - After "thứ" a number is an ordinal: `thứ 1` "thứ nhất", `thứ 4` "thứ tư", `thứ 2` "thứ hai" (weekday
///   and ordinal alike), `lần thứ 14` "lần thứ mười bốn".
/// - A list of weekdays repeats "thứ": `thứ 2, 4, 6` "thứ hai thứ tư thứ sáu".
/// - After "tháng" a number is a month: `tháng 4` "tháng tư", `tháng 1` "tháng một", `tháng 11` "tháng mười một".
/// - `N-M` is a range, "N đến M": `cấp 10-11` "cấp mười đến mười một", `100-200mm` "một trăm đến hai trăm
///   mi li mét" (a range that is a day and a month is a date, see Dates.swift).
/// - A minus before a temperature is "âm": `-2°C` "âm hai độ xê"; before anything else it is not read.
/// - The units, money and percent after the number: Units.swift.
extension SentenceReader {
    mutating func readQuantity() -> Bool {
        var atoms = currentAtoms()
        var negative = false
        if let m = atoms.first?.mark, Tokenizer.dashes.contains(m), atoms[safe: 1]?.digits != nil {
            negative = true
            atoms.removeFirst()
        }
        guard let (first, afterFirst) = WrittenNumber.parse(atoms, at: 0) else { return false }
        var k = afterFirst
        var second: WrittenNumber?
        if let m = atoms[safe: k]?.mark, Tokenizer.dashes.contains(m), let (n, next) = WrittenNumber.parse(atoms, at: k + 1) {
            second = n
            k = next
        }
        let suffix = atoms[k...].map(\.text).joined()
        if second == nil, suffix.isEmpty, !negative, let v = first.value, (2...7).contains(v), continuesWeekdays() {
            say(["thứ"] + Self.ordinal(v), .ordinal)
            return true
        }
        var unit: [String] = []
        var rule: ReadingRule = second != nil ? .range : first.fraction == nil ? .cardinal : .decimal
        var taken = 1
        var firstWords = numberWords(first)
        if second == nil, let v = first.value {
            if previousWord() == "thứ" {
                rule = .ordinal
            } else if previousWord() == "tháng", (1...12).contains(v) {
                rule = .month
            }
        }
        if !suffix.isEmpty {
            if let (words, r) = multiplier(first, atoms, from: k) {
                say(words, r)
                return true
            }
            if let u = Units.afterNumber(suffix) {
                unit = [u]
            } else if let rate = rateWords(Substring(suffix)) {
                unit = rate
            } else {
                return false
            }
            rule = Units.rule(String(suffix.prefix { $0 != "/" }))
            firstWords = first.words
        } else if let next = token(after: 1), let u = Units.afterNumber(next).map({ [$0] }) ?? rateWords(Substring(next)) {
            unit = u
            rule = Units.rule(String(next.prefix { $0 != "/" }))
            taken = 2
            firstWords = first.words
        }
        var words = firstWords
        if let second { words += ["đến"] + (unit.isEmpty ? numberWords(second) : second.words) }
        if negative, unit.first?.hasPrefix("độ") == true { words.insert("âm", at: 0) }
        say(words + unit, rule, tokens: taken)
        return true
    }

    /// After a weekday and a comma or "và"/"hoặc", a bare 2–7 is the next weekday: `thứ 2, 4 và 6` is
    /// "thứ hai thứ tư và thứ sáu" (a list of days, as the announcer says it).
    func continuesWeekdays() -> Bool {
        var k = out.count - 1
        var links = 0
        while k >= 0, out[k].rule == .pause || ["và", "hoặc"].contains(out[k].written.lowercased()) {
            links += 1
            k -= 1
        }
        guard links > 0, k >= 0, out[k].rule == .ordinal,
            ["hai", "ba", "tư", "năm", "sáu", "bảy"].contains(out[k].words.last ?? "")
        else { return false }
        // "lần thứ 4, 5 người" counts, it names no day
        let counted = k >= 2 && out[k - 1].words.last == "thứ" && Self.ordinalCounters.contains(out[k - 2].words.last ?? "")
        return !counted
    }

    static let ordinalCounters: Set<String> = [
        "lần", "người", "kỳ", "khóa", "khoá", "hạng", "đợt", "tiết", "phiên", "cuộc", "giải", "vị", "con",
        "cháu", "nghị", "trận", "vòng", "bậc", "lớp", "câu", "điều", "mục", "phần", "chương", "hội", "năm",
    ]

    /// A number alone: an ordinal after "thứ", a month after "tháng", a cardinal otherwise.
    func numberWords(_ n: WrittenNumber) -> [String] {
        guard let value = n.value else { return n.words }
        switch previousWord() {
        case "thứ": return Self.ordinal(value)
        case "tháng" where (1...12).contains(value): return Self.month(value)
        default: return n.words
        }
    }

    static func ordinal(_ n: Int) -> [String] {
        n == 1 ? ["nhất"] : n == 4 ? ["tư"] : Cardinal.words(UInt64(n))
    }

    static func month(_ n: Int) -> [String] {
        n == 4 ? ["tư"] : Cardinal.words(UInt64(n))
    }

    /// `500k` "năm trăm nghìn", `2tr` "hai triệu", `1tr5` "một triệu năm trăm nghìn", `300k/tháng` "ba trăm
/// nghìn một tháng": money typed short.
    func multiplier(_ n: WrittenNumber, _ atoms: [Atom], from k: Int) -> ([String], ReadingRule)? {
        guard let letters = atoms[safe: k]?.letters?.lowercased(), letters == "tr" || letters == "k" else { return nil }
        var words = n.words + [letters == "tr" ? "triệu" : "nghìn"]
        var j = k + 1
        if letters == "tr", let rest = atoms[safe: j]?.digits, rest.count <= 3 {
            let padded = rest + String(repeating: "0", count: 3 - rest.count)
            if let v = UInt64(padded), v > 0 { words += Cardinal.words(v) + ["nghìn"] }
            j += 1
        }
        let tail = atoms[j...].map(\.text).joined()
        if tail.isEmpty { return (words, .money) }
        if let rate = rateTail(Substring(tail)) { return (words + rate, .money) }
        guard let u = Units.afterNumber(tail), Units.rule(tail) == .money else { return nil }
        return (words + [u], .money)
    }
}
