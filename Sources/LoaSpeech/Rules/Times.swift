/// Times of day.
///
/// - `7h`, `7h00`, `07:00` = "bảy giờ"; `7h30`, `7h30'`, `7h30p`, `7g30`, `07:30` = "bảy giờ ba mươi phút";
///   `17h` = "mười bảy giờ"; `7h05` = "bảy giờ năm phút". Minutes are always followed by "phút", as an
///   announcer says them; `7 giờ 30` is read as written ("bảy giờ ba mươi").
/// - Ranges: `7h-9h`, `7-9h`, `7h30-11h`, `07:30-11:00` = "từ bảy giờ đến chín giờ", "từ bảy đến chín giờ"…
///   ("từ" not repeated after "từ").
/// - Hours 0–24 and minutes 0–59 only; `25h` is a quantity ("hai mươi lăm giờ").
extension SentenceReader {
    mutating func readTime() -> Bool {
        let atoms = currentAtoms()
        guard atoms.first?.digits != nil else { return false }
        let previous = previousWord()
        let opening = previous == "từ" ? [String]() : ["từ"]
        if let (a, end) = Self.time(atoms, from: 0) {
            if end == atoms.count {
                say(Self.timeWords(a), .time)
                return true
            }
            if atoms[end].mark.map(Tokenizer.dashes.contains) == true, let (b, end2) = Self.time(atoms, from: end + 1),
                end2 == atoms.count
            {
                say(opening + Self.timeWords(a) + ["đến"] + Self.timeWords(b), .timeRange)
                return true
            }
            return false
        }
        // 7-9h: two hours sharing one "h"
        if atoms.count >= 4, let h1 = atoms[0].digits.flatMap({ Int($0) }), (0...24).contains(h1),
            atoms[1].mark.map(Tokenizer.dashes.contains) == true, let (b, end) = Self.time(atoms, from: 2),
            end == atoms.count, b.marked, b.hour > h1
        {
            say(opening + Cardinal.words(UInt64(h1)) + ["đến"] + Self.timeWords(b), .timeRange)
            return true
        }
        return false
    }

    struct WrittenTime {
        var hour: Int
        var minute: Int
        /// Written with h or g (not h:mm).
        var marked: Bool
    }

    /// H h [MM] [' | p | ph], H g MM, HH:MM.
    static func time(_ atoms: [Atom], from i: Int) -> (WrittenTime, Int)? {
        guard let hd = atoms[safe: i]?.digits, hd.count <= 2, let hour = Int(hd), (0...24).contains(hour) else { return nil }
        var j = i + 1
        if atoms[safe: j]?.mark == ":" {
            guard let md = atoms[safe: j + 1]?.digits, md.count == 2, let minute = Int(md), minute < 60 else { return nil }
            return (WrittenTime(hour: hour, minute: minute, marked: false), j + 2)
        }
        guard let letters = atoms[safe: j]?.letters?.lowercased() else { return nil }
        j += 1
        var minute = 0
        if letters == "h" || letters == "g" || letters == "giờ" {
            if let md = atoms[safe: j]?.digits {
                guard md.count <= 2, let m = Int(md), m < 60 else { return nil }
                minute = m
                j += 1
                if let mark = atoms[safe: j]?.mark, mark == "'" || mark == "’" {
                    j += 1
                } else if let l = atoms[safe: j]?.letters?.lowercased(), l == "p" || l == "ph" || l == "phút" {
                    j += 1
                }
            } else if letters == "g" {
                return nil  // 500g is grams
            }
            return (WrittenTime(hour: hour, minute: minute, marked: true), j)
        }
        return nil
    }

    static func timeWords(_ t: WrittenTime) -> [String] {
        var words = Cardinal.words(UInt64(t.hour)) + ["giờ"]
        if t.minute > 0 { words += Cardinal.words(UInt64(t.minute)) + ["phút"] }
        return words
    }
}
