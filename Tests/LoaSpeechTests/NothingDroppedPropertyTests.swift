import Foundation
import PropertyBased
import Testing
import LoaSpeech

/// Whatever an officer types, every token with a letter or a digit is said, and the words keep the
/// promise of `sentences`: lower-case letters, single spaces, NFC.
@Suite struct NothingDroppedPropertyTests {
    let reader = VietnameseReader()
    /// Pieces officers type: words with diacritics, capitals, numbers in every form, marks and stray symbols.
    static let pieces = [
        "Thông", "báo", "UBND", "xã", "ở", "y", "Quý", "IV", "thứ", "tháng", "ngày", "15/11/2023", "7h30", "07:30",
        "50.000đ", "1,5", "92,5%", "-", "–", ".", ",", "!", "?", "(", ")", "\"", "0912", "345", "678", "km/h",
        "m²", "°C", "H5N1", "XQZ", "&", "#", "@", "*", "/", "15-20/11", "cấp", "10-11", "TP.", "Hà", "Nội", "\n",
        "1.000.000", "0", "2024", "đ/kg", "x", "Ω", "😀", "ĐT:", "024.3825", "1tr5", "300k/tháng", "v.v.",
        "ngu\u{301}y", "A", "b", "Z", "12+500", "IIII", "CCCD", "T7", "24/7", "000", "9999999999999999999999",
    ]

    @Test func everyTokenWithALetterOrDigitIsSaidAndTheWordsAreClean() async {
        let texts = Gen.element(of: Self.pieces).array(of: 1...14)
        let glue = Gen.element(of: [" ", "", "  ", "\t"]).array(of: 14)
        await propertyCheck(count: 2000, input: texts, glue) { parts, joins in
            let text = zip(parts, joins).map { ($0 ?? "") + ($1 ?? " ") }.joined()
            for sentence in reader.reading(text) {
                for token in sentence.tokens where token.written.contains(where: { $0.isLetter || $0.isNumber }) {
                    #expect(!token.words.isEmpty, "\(token.written) in \(text)")
                }
            }
            for s in reader.sentences(text) {
                let clean = s.allSatisfy { $0 == " " || $0.isLetter && !$0.isUppercase }
                #expect(clean && !s.contains("  ") && !s.isEmpty && s.first != " " && s.last != " ", "\(text) → \(s)")
                let nfc = s.precomposedStringWithCanonicalMapping
                #expect(Array(s.unicodeScalars) == Array(nfc.unicodeScalars), "\(text) → \(s)")
            }
        }
    }
}
