/// Roman numerals, read only where they number something: after quý, chương, khóa, phần, mục, đại hội,
/// kỳ, tập, bài, cấp, loại, hạng, đợt, giai đoạn, vùng, khu vực, thế kỷ, phụ lục, báo động and after "thứ".
/// (`báo động III` = "báo động ba", the flood alarm level.)
///
/// - `Quý IV` "quý bốn", `Chương II` "chương hai", `khóa XV` "khóa mười lăm", `Đại hội XIII` "đại hội mười
///   ba", `thế kỷ XXI` "thế kỷ hai mươi mốt"; after "thứ" an ordinal: `lần thứ IV` "lần thứ tư".
/// - Elsewhere "I" and "V" are letters ("vitamin C", "loại V" is not: "loại" numbers) and "XV" is spelled.
/// - Only capitals in the canonical form count (IIII, VX are not numerals); a single C, D, L or M is a
///   letter ("phần C" is part C).
extension SentenceReader {
    static let romanContexts: Set<String> = [
        "quý", "chương", "khóa", "khoá", "phần", "mục", "hội", "kỳ", "kì", "tập", "bài", "cấp", "loại", "hạng",
        "đợt", "đoạn", "vùng", "vực", "kỷ", "kỉ", "lục", "thứ", "số", "tiết", "điều", "quân", "động",
    ]

    func romanReading(_ t: String) -> [String]? {
        let previous = previousWord()
        guard Self.romanContexts.contains(previous), let value = Roman.value(t) else { return nil }
        if t.count == 1, !["I", "V", "X"].contains(t) { return nil }
        return previous == "thứ" ? Self.ordinal(value) : Cardinal.words(UInt64(value))
    }
}

enum Roman {
    static let symbols: [(String, Int)] = [
        ("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90), ("L", 50), ("XL", 40),
        ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1),
    ]

    static func value(_ s: String) -> Int? {
        guard !s.isEmpty, s.count <= 15, s.allSatisfy({ "IVXLCDM".contains($0) }) else { return nil }
        var rest = Substring(s)
        var total = 0
        for (sym, v) in symbols {
            while rest.hasPrefix(sym) {
                total += v
                rest = rest.dropFirst(sym.count)
            }
        }
        guard rest.isEmpty, total > 0, write(total) == s else { return nil }
        return total
    }

    static func write(_ n: Int) -> String {
        var n = n
        var out = ""
        for (sym, v) in symbols {
            while n >= v {
                out += sym
                n -= v
            }
        }
        return out
    }
}
