/// Dates in the forms officers type.
///
/// - `15/11/2023`, `15-11-2023`, `15.11.2023` = "ngày mười lăm tháng mười một năm hai nghìn không trăm hai
///   mươi ba"; `15/11`, `15-11` = "ngày mười lăm tháng mười một"; "ngày" is not repeated after "ngày",
///   "hôm", "mùng" or "mồng" (`ngày 5/1` = "ngày năm tháng một").
/// - The month is read as after "tháng": `5/4` = "ngày năm tháng tư".
/// - `11/2023` = "tháng mười một năm hai nghìn không trăm hai mươi ba" ("tháng" not repeated after "tháng").
/// - Ranges: `15-20/11` = "từ mười lăm đến hai mươi tháng mười một" ("từ" not repeated after "từ" or
///   "ngày"); `15/11-15/12/2023` and `15/11 – 15/12/2023` = "… ngày mười lăm tháng mười một đến ngày mười
///   lăm tháng mười hai năm …".
/// - `d/m` before a counted noun is a fraction: `8/10 thôn` "tám trên mười thôn"; `24/24` and `24/7`
///   are "hai mươi tư trên hai mươi tư", "hai mươi tư trên bảy" — unless a day word, "từ", "đến" … precedes.
/// - A day and a month joined by `-` are a date when the first is larger (`15-11`: a range rises) or a day
///   word, "từ", "đến" … precedes (`ngày 5-7`); otherwise a range (`cấp 10-11`, `3-5 thành viên`, `5-7 ngày`).
///   `15.11` is a date only after "ngày". A slash after "số",
///   "nhà", "ngõ" or "ngách" is "trên" (`số 12/3` = "số mười hai trên ba", an address, not a date).
extension SentenceReader {
    static let dayWords: Set<String> = ["ngày", "hôm", "mùng", "mồng"]
    /// Words after which d/m is a date even before a counted noun.
    static let dateLinks: Set<String> = ["từ", "đến", "và", "trước", "sau", "hết", "nay", "mai", "qua"]
    /// Words that follow a date ("từ 5-7 đến …", "15-11 năm nay").
    static let afterDates: Set<String> = ["đến", "tới", "và", "năm", "hằng", "tại", "lúc", "của", "là", "-"]
    /// Nouns counted by a fraction: "8/10 thôn", "17/19 tiêu chí".
    static let countedNouns: Set<String> = [
        "thôn", "xã", "hộ", "tiêu", "chỉ", "người", "trường", "đơn", "xóm", "bản", "tổ", "khu", "cán", "đảng",
        "em", "cháu", "cơ", "doanh", "phường", "huyện", "tỉnh", "lớp", "điểm", "phòng", "chi", "hợp", "câu",
        "gia", "nhà", "tuyến", "công", "học", "giáo", "thành", "lao", "thửa", "số",
    ]
    static let addressWords: Set<String> = ["số", "nhà", "ngõ", "ngách", "hẻm", "kiệt", "lô"]

    mutating func readDate() -> Bool {
        let atoms = currentAtoms()
        guard atoms.first?.digits != nil else { return false }
        let previous = previousWord()
        if Self.addressWords.contains(previous), atoms.contains(.mark("/")) {
            var words: [String] = []
            for a in atoms {
                switch a {
                case .digits(let d): words += WrittenNumber.integerWords(d)
                case .mark("/"): words.append("trên")
                case .mark: break
                case .letters(let l): words += table.abbreviation(l).map { [$0] } ?? Spelling.word(l)
                }
            }
            say(words, .cardinal)
            return true
        }
        // A fraction, not a date: 8/10 thôn, trực 24/24 giờ, 24/7
        if atoms.count == 3 || atoms.count == 4 && atoms[3].letters?.lowercased() == "h",
            let a = atoms[0].digits, atoms[1].mark == "/", let b = atoms[2].digits,
            !Self.dayWords.contains(previous), !Self.dateLinks.contains(previous)
        {
            let next = token(after: 1)?.lowercased() ?? ""
            let hours = atoms.count == 4
            if a == "24" && (b == "24" || b == "7") || hours || Self.countedNouns.contains(next) {
                let words = WrittenNumber.integerWords(a) + ["trên"] + WrittenNumber.integerWords(b)
                say(words + (hours ? ["giờ"] : []), .cardinal)
                return true
            }
        }
        // Two dates joined by a dash: 15/11-15/12/2023
        if let dash = atoms.firstIndex(where: { $0.mark.map(Tokenizer.dashes.contains) == true }),
            let a = Self.date(atoms[..<dash]), let b = Self.date(atoms[(dash + 1)...]), a.month != nil, b.month != nil
        {
            let opening = previous == "từ" || Self.dayWords.contains(previous) ? [] : ["từ"]
            say(opening + dateWords(a, previous: previous) + ["đến"] + dateWords(b, previous: ""), .dateRange)
            return true
        }
        // A range of days in one month: 15-20/11, 15-20/11/2023
        if atoms.count >= 5, let d1 = atoms[0].digits, atoms[1].mark.map(Tokenizer.dashes.contains) == true,
            atoms[2].digits != nil, atoms[3].mark == "/",
            let b = Self.date(atoms[2...]), let first = Int(d1), (1...31).contains(first), first < b.day
        {
            let opening = ["từ", "ngày"].contains(previous) ? [] : ["từ"]
            say(opening + Cardinal.words(UInt64(first)) + ["đến"] + dateWords(b, previous: "ngày"), .dateRange)
            return true
        }
        guard let d = Self.date(atoms[...]) else { return false }
        if d.month == nil {
            // month/year
            say((previous == "tháng" ? [] : ["tháng"]) + Self.month(d.day) + ["năm"] + Cardinal.words(digits: d.year ?? ""), .date)
            return true
        }
        if d.separator == "." && d.year == nil && !Self.dayWords.contains(previous) { return false }
        if Tokenizer.dashes.contains(d.separator), d.year == nil, let month = d.month {
            // 3-5 thành viên is a range: a range rises, so 15-11 can only be a date
            let next = token(after: 1)
            let nextIsDateLike = next.map { n in
                n.first.map { $0.isUppercase || $0.isNumber } == true || Self.afterDates.contains(n)
            } ?? true
            let linked = Self.dateLinks.contains(previous) && nextIsDateLike  // từ 2-3 triệu is a range
            let dated = Self.dayWords.contains(previous) || linked || d.day > month
            if !dated { return false }
        }
        say(dateWords(d, previous: previous), .date)
        return true
    }

    func dateWords(_ d: WrittenDate, previous: String) -> [String] {
        var words = Self.dayWords.contains(previous) ? [] : ["ngày"]
        words += Cardinal.words(UInt64(d.day))
        if let m = d.month { words += ["tháng"] + Self.month(m) }
        if let y = d.year { words += ["năm"] + Cardinal.words(digits: y) }
        return words
    }

    struct WrittenDate {
        /// The day, or the month of a month/year.
        var day: Int
        var month: Int?
        var year: Substring?
        var separator: Character
    }

    /// d/m, d/m/y, m/yyyy with one separator (/, - or .), the day and month in range.
    static func date(_ atoms: ArraySlice<Atom>) -> WrittenDate? {
        let a = Array(atoms)
        guard a.count == 3 || a.count == 5, let first = a[0].digits, first.count <= 2, let sep = a[1].mark,
            sep == "/" || sep == "." || Tokenizer.dashes.contains(sep), let second = a[2].digits,
            let x = Int(first), let y = Int(second)
        else { return nil }
        if a.count == 3 {
            if second.count == 4, (1...12).contains(x), sep == "/" || Tokenizer.dashes.contains(sep) {
                return WrittenDate(day: x, month: nil, year: second, separator: sep)
            }
            guard second.count <= 2, (1...31).contains(x), (1...12).contains(y) else { return nil }
            return WrittenDate(day: x, month: y, year: nil, separator: sep)
        }
        guard second.count <= 2, a[3].mark == sep, let year = a[4].digits, year.count == 4 || year.count == 2,
            (1...31).contains(x), (1...12).contains(y)
        else { return nil }
        return WrittenDate(day: x, month: y, year: year, separator: sep)
    }
}
