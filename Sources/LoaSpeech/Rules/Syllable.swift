/// Whether a word is one Vietnamese syllable, so that a word in capitals ("THÔNG BÁO") is read as a
/// word and an acronym ("UBND", "THCS") is spelled.
///
/// A syllable is an optional initial consonant (b, c, ch, d, đ, g, gh, gi, h, k, kh, l, m, n, ng, ngh, nh,
/// p, ph, qu, r, s, t, th, tr, v, x), one to three vowels, and an optional final (c, ch, m, n, ng, nh, p, t).
/// "ĐT" (no vowel) and "TPHCM" are not syllables; "HÀ", "NGHIÊNG", "KHUYẾN" are.
enum Syllable {
    static let initials = [
        "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ]
    static let finals: Set<String> = ["c", "ch", "m", "n", "ng", "nh", "p", "t"]

    static let vowelRows = [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ]
    /// Each vowel with a tone mark → the vowel without it.
    static let toneless: [Character: Character] = {
        var map: [Character: Character] = [:]
        for row in vowelRows {
            guard let base = row.first else { continue }
            for v in row { map[v] = base }
        }
        return map
    }()

    static func isVietnamese(_ lower: String) -> Bool {
        var rest = Substring(lower)
        if let initial = initials.first(where: { rest.hasPrefix($0) }) {
            // "gi" and "qu" may be the whole onset of "gì", "quá"; "gin" has the vowel i.
            let after = rest.dropFirst(initial.count)
            if after.first.map({ toneless[$0] != nil }) == true || initial == "gi" {
                rest = after.isEmpty ? rest.dropFirst(1) : after
            }
        }
        var vowels = 0
        while let c = rest.first, toneless[c] != nil {
            vowels += 1
            rest = rest.dropFirst()
        }
        guard (1...3).contains(vowels) else { return false }
        return rest.isEmpty || finals.contains(String(rest))
    }
}
