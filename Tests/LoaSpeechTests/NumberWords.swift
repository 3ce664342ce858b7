/// A small, strict reverse reader for the property tests: the words of a cardinal back to its value.
/// Strict on purpose: it refuses the readings the normaliser must never produce ("mười năm", "một mươi",
/// "hai mươi một", two digits in a row, "linh" not after "trăm"), so a wrong reading cannot read back.
enum NumberWords {
    static let digits: [String: Int] = [
        "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    ]
    static let scales: [String: Int] = ["nghìn": 1000, "triệu": 1_000_000, "tỷ": 1_000_000_000]

    static func value<C: Collection>(_ words: C) -> Int? where C.Element == String {
        let words = Array(words)
        if words == ["không"] { return 0 }
        guard !words.isEmpty else { return nil }
        var total = 0
        var group = 0
        var pending: Int?
        var previous = ""
        for w in words {
            defer { previous = w }
            let afterTens = previous == "mươi" || previous == "mười"
            if let d = digits[w] {
                guard pending == nil else { return nil }
                if previous == "mươi", d == 1 || d == 4 || d == 5 { return nil }  // mốt, tư, lăm
                if previous == "mười", d == 5 { return nil }  // lăm
                if previous == "linh", d == 0 { return nil }
                if w == "không", previous != "" && !scales.keys.contains(previous) { return nil }
                pending = d
                continue
            }
            switch w {
            case "mốt", "tư":
                guard previous == "mươi", pending == nil else { return nil }
                pending = w == "mốt" ? 1 : 4
            case "lăm":
                guard afterTens, pending == nil else { return nil }
                pending = 5
            case "mười":
                guard pending == nil, group % 100 == 0 else { return nil }
                group += 10
            case "mươi":
                guard let p = pending, p >= 2 else { return nil }
                group += p * 10
                pending = nil
            case "trăm":
                guard let p = pending, group == 0 else { return nil }
                group += p * 100
                pending = nil
            case "linh":
                guard previous == "trăm" else { return nil }
            default:
                guard let scale = scales[w] else { return nil }
                group += pending ?? 0
                pending = nil
                if scale == 1_000_000_000 {
                    guard total + group > 0 else { return nil }
                    total = (total + group) * scale
                } else {
                    guard group > 0 else { return nil }
                    total += group * scale
                }
                group = 0
            }
        }
        if previous == "linh" { return nil }
        group += pending ?? 0
        return total + group
    }
}
