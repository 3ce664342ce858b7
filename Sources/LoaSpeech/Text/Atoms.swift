/// A token cut into runs of ASCII digits, runs of letters, and single other characters, so that the
/// rules match shapes ("15/11/2023" is digits / digits / digits) instead of scanning characters.
enum Atom: Equatable {
    case digits(Substring)
    case letters(Substring)
    case mark(Character)

    static func of(_ s: Substring) -> [Atom] {
        var out: [Atom] = []
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c.isASCII, c.isNumber {
                let end = s[i...].firstIndex { !($0.isASCII && $0.isNumber) } ?? s.endIndex
                out.append(.digits(s[i..<end]))
                i = end
            } else if c.isLetter {
                let end = s[i...].firstIndex { !$0.isLetter } ?? s.endIndex
                out.append(.letters(s[i..<end]))
                i = end
            } else {
                out.append(.mark(c))
                i = s.index(after: i)
            }
        }
        return out
    }

    var digits: Substring? { if case .digits(let d) = self { return d } else { return nil } }
    var letters: Substring? { if case .letters(let l) = self { return l } else { return nil } }
    var mark: Character? { if case .mark(let m) = self { return m } else { return nil } }
    var text: String {
        switch self {
        case .digits(let d): String(d)
        case .letters(let l): String(l)
        case .mark(let m): String(m)
        }
    }
}

extension Array where Element == Atom {
    subscript(safe i: Int) -> Atom? { indices.contains(i) ? self[i] : nil }
}
