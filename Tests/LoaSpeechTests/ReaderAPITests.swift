import Testing
import LoaSpeech

/// The promises of `VietnameseReader.sentences`, which the speech engines build on.
@Suite struct ReaderAPITests {
    let reader = VietnameseReader()

    @Test func sentencesAreLowerCaseWordsWithSingleSpaces() {
        let s = reader.sentences("THÔNG BÁO của UBND xã:  họp lúc 14 giờ!  Mời bà con đến dự.")
        #expect(s == ["thông báo của ủy ban nhân dân xã họp lúc mười bốn giờ", "mời bà con đến dự"])
    }

    @Test func decomposedTextComesOutComposed() {
        let nfd = "Ngu\u{301}y co\u{302}\u{309}"  // "Ngúy cổ" typed decomposed
        let out = reader.sentences(nfd)
        #expect(out.count == 1)
        #expect(out[0].unicodeScalars.map(\.value) == "ngúy cổ".unicodeScalars.map(\.value))
    }

    @Test func theStationsTableAddsAndOverrides() {
        let r = VietnameseReader(abbreviations: ["HTX": "hợp tác xã nông nghiệp", "CLB": "câu lạc bộ"])
        #expect(r.sentences("HTX và CLB") == ["hợp tác xã nông nghiệp và câu lạc bộ"])
        #expect(reader.sentences("CLB") == ["xê e lờ bê"])
    }

    @Test func unknownTokensAreSpelledNeverDropped() {
        #expect(reader.sentences("Mã XQZ7") == ["mã ích quy dét bảy"])
    }

    @Test func emptyAndPunctuationOnlyTextHasNoSentences() {
        #expect(reader.sentences("") == [])
        #expect(reader.sentences(" … -- !! \n\n") == [])
    }
}
