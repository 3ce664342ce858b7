import PropertyBased
import Testing
import LoaSpeech

/// Every integer up to 10^12 is read so that a strict reverse reader (NumberWords) gets it back, and never
/// with the readings a listener would mishear.
@Suite struct NumberPropertyTests {
    let reader = VietnameseReader()
    static let forbidden = [" mười năm ", " một mươi ", " không mươi ", " mươi năm ", " mươi một ", " linh mốt "]

    func check(_ n: Int, written: String) {
        let said = reader.sentences(written)
        #expect(said.count == 1, "\(written)")
        let words = said.first?.split(separator: " ").map(String.init) ?? []
        #expect(NumberWords.value(words) == n, "\(written) → \(said)")
        let padded = " " + (said.first ?? "") + " "
        #expect(!Self.forbidden.contains { padded.contains($0) }, "\(written) → \(said)")
    }

    /// The same number written with the thousands dot, as an officer types it: 1.250.000.
    static func dotted(_ n: Int) -> String {
        var digits = Array(String(n))
        var out: [Character] = []
        while digits.count > 3 {
            out.insert(contentsOf: ["."] + digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        return String(digits + out)
    }

    @Test func everyIntegerUpToATrillionReadsBackToItself() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 0...1_000_000_000_000)) { n in
            check(n, written: String(n))
            check(n, written: Self.dotted(n))
        }
    }

    /// Uniform numbers up to 10^12 are almost all twelve digits long; zeros inside groups are where the rules are.
    @Test func numbersWithManyZerosReadBack() async {
        let digits = Gen.int(in: 0...9).array(of: 1...12)
        let mask = Gen.int(in: 0...2).array(of: 12)
        await propertyCheck(count: 3000, input: digits, mask) { ds, keep in
            let n = zip(ds, keep).reduce(0) { $0 * 10 + ($1.1 == 0 ? $1.0 : 0) }
            check(n, written: String(n))
        }
    }

    @Test func everyNumberUpToTwentyThousandAndTheTrillion() {
        for n in 0...20_000 { check(n, written: String(n)) }
        check(1_000_000_000_000, written: "1.000.000.000.000")
    }

    @Test func theReverseReaderRefusesTheWrongReadings() {
        for wrong in ["mười năm", "một mươi", "hai mươi một", "hai mươi năm", "năm năm", "một trăm linh", "linh năm"] {
            #expect(NumberWords.value(wrong.split(separator: " ").map(String.init)) == nil, "\(wrong)")
        }
        #expect(NumberWords.value(["một", "nghìn", "không", "trăm", "linh", "năm"]) == 1005)
    }
}

/// Dates and times read back to what was written.
@Suite struct DateTimePropertyTests {
    let reader = VietnameseReader()

    /// "ngày D tháng M năm Y" back to (D, M, Y); months read as after "tháng" (4 is "tư").
    static func date(_ s: String) -> (Int, Int, Int)? {
        let w = s.split(separator: " ").map(String.init)
        guard w.first == "ngày", let t = w.firstIndex(of: "tháng") else { return nil }
        guard let day = NumberWords.value(w[1..<t]) else { return nil }
        // The year marker is the "năm" after which the rest reads as a number (the month may be "năm" too).
        for k in (t + 2)..<w.count where w[k] == "năm" {
            let monthWords = Array(w[(t + 1)..<k])
            let month = monthWords == ["tư"] ? 4 : NumberWords.value(monthWords)
            if let month, let year = NumberWords.value(w[(k + 1)...]) { return (day, month, year) }
        }
        return nil
    }

    @Test func datesInEveryTypedFormReadBack() async {
        let days = Gen.int(in: 1...31), months = Gen.int(in: 1...12), years = Gen.int(in: 1900...2100)
        let separators = Gen.element(of: ["/", "-", "."])
        let pads = Gen.int(in: 0...1)
        await propertyCheck(count: 1000, input: days, months, years, separators, pads) { d, m, y, sep, pad in
            let two = { (n: Int) in pad == 1 && n < 10 ? "0\(n)" : "\(n)" }
            let written = "\(two(d))\(sep!)\(two(m))\(sep!)\(y)"
            let said = reader.sentences(written)
            #expect(said.count == 1)
            let back = said.first.flatMap(Self.date)
            #expect(back.map { [$0.0, $0.1, $0.2] } == [d, m, y], "\(written) → \(said)")
        }
    }

    @Test func timesReadBack() async {
        let hours = Gen.int(in: 0...23), minutes = Gen.int(in: 0...59), forms = Gen.int(in: 0...2)
        await propertyCheck(count: 1000, input: hours, minutes, forms) { h, m, form in
            let mm = m < 10 ? "0\(m)" : "\(m)"
            let written = form == 0 ? "\(h)h\(mm)" : form == 1 ? "\(h < 10 ? "0" : "")\(h):\(mm)" : "\(h)h\(mm)'"
            let said = reader.sentences(written).first ?? ""
            let w = said.split(separator: " ").map(String.init)
            guard let g = w.firstIndex(of: "giờ") else {
                Issue.record("\(written) → \(said)")
                return
            }
            #expect(NumberWords.value(w[..<g]) == h, "\(written) → \(said)")
            let rest = Array(w[(g + 1)...])
            if m == 0 {
                #expect(rest.isEmpty, "\(written) → \(said)")
            } else {
                #expect(rest.last == "phút" && NumberWords.value(rest.dropLast()) == m, "\(written) → \(said)")
            }
        }
    }
}
