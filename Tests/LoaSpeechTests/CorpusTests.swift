import Foundation
import Testing
import LoaSpeech

/// The corpus (Corpus.swift) read through the public API: every notice gives exactly its expected words.
@Suite struct CorpusTests {
    let reader = VietnameseReader()

    static func entries(_ text: String) -> [(written: String, said: String)] {
        var out: [(String, String)] = []
        var written: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("= "), let w = written {
                out.append((w, String(line.dropFirst(2))))
                written = nil
            } else {
                written = String(line)
            }
        }
        return out
    }

    @Test func theCorpusHoldsAtLeastThreeHundredNoticesInEveryTheme() {
        let counts = Corpus.themes.map { Self.entries($0.1).count }
        #expect(counts.reduce(0, +) >= 300)
        #expect(counts.allSatisfy { $0 >= 25 }, "\(counts)")
        // Every written line has its expected words: no line lost to the format
        for (name, text) in Corpus.themes {
            let lines = text.split(separator: "\n").count
            #expect(lines == 2 * Self.entries(text).count, "\(name)")
        }
    }

    @Test(arguments: Corpus.themes.map(\.0))
    func everyNoticeReadsAsExpected(_ theme: String) {
        let text = Corpus.themes.first { $0.0 == theme }?.1 ?? ""
        for (written, said) in Self.entries(text) {
            let got = reader.sentences(written).joined(separator: " | ")
            #expect(got == said, "\(written)")
        }
    }

    /// The whole corpus typed decomposed (NFD, as Windows may send it) reads exactly the same.
    @Test func theCorpusTypedDecomposedReadsTheSame() {
        for (_, text) in Corpus.themes {
            for (written, said) in Self.entries(text) {
                let nfd = written.decomposedStringWithCanonicalMapping
                let got = reader.sentences(nfd).joined(separator: " | ")
                #expect(Array(got.unicodeScalars) == Array(said.unicodeScalars), "\(written)")
            }
        }
    }

    @Test func theWordsAreLowerCaseLettersWithSingleSpaces() {
        for (_, text) in Corpus.themes {
            for (written, _) in Self.entries(text) {
                for sentence in reader.sentences(written) {
                    let clean = sentence.allSatisfy { $0 == " " || $0.isLetter && !$0.isUppercase }
                    #expect(clean && !sentence.contains("  ") && sentence.first != " " && sentence.last != " ", "\(written)")
                }
            }
        }
    }
}
