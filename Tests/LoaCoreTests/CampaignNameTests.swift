import LoaCore
import Testing

@Suite struct CampaignNameTests {
    static let gender = "Tháng hành động vì bình đẳng giới 2023"
    static let news = "Tin tức xã"
    static let known = [gender, news, "Tiêm chủng mở rộng"]

    @Test func theNameAsTypedWithoutDiacriticsOrCaseOrInPart() {
        #expect(CampaignName.match(Self.gender, known: Self.known) == .found(Self.gender))
        #expect(CampaignName.match("THÁNG HÀNH ĐỘNG VÌ BÌNH ĐẲNG GIỚI 2023", known: Self.known) == .found(Self.gender))
        #expect(CampaignName.match("thang hanh dong", known: Self.known) == .found(Self.gender))
        #expect(CampaignName.match("binh-dang-gioi", known: Self.known) == .found(Self.gender))
        #expect(CampaignName.match("tin tuc", known: Self.known) == .found(Self.news))
        // Typed decomposed (NFD), as Windows may send it.
        #expect(CampaignName.match(Self.news.decomposedStringWithCanonicalMapping, known: Self.known) == .found(Self.news))
    }

    @Test func theDropInFileName() {
        let files = ["binh-dang-gioi-2023": Self.gender]
        #expect(CampaignName.match("binh-dang-gioi-2023", known: Self.known, files: files) == .found(Self.gender))
    }

    @Test func severalOrNoneSaySo() {
        #expect(CampaignName.match("ti", known: Self.known) == .ambiguous(["Tin tức xã", "Tiêm chủng mở rộng"].sorted()))
        #expect(CampaignName.match("Tháng hành động vì bình đẳng giới 2032", known: Self.known) == .none(suggestion: Self.gender))
        #expect(CampaignName.match("xyz", known: Self.known) == .none(suggestion: nil))
        #expect(CampaignName.match("  ", known: Self.known) == .none(suggestion: nil))
    }
}

@Suite struct AttemptRuleTests {
    let policy = GracePolicy()

    @Test func aCutAiringAirsAgainUntilItsThirdAttempt() {
        #expect(policy.maxAttempts == 3)
        let recorded = [
            "cut-once": RecordedInstance(attempts: 1, cut: true),
            "cut-twice": RecordedInstance(attempts: 2, cut: true),
            "cut-thrice": RecordedInstance(attempts: 3, cut: true),
            "aired": RecordedInstance(attempts: 1, cut: false, aired: true),
            "failed": RecordedInstance(attempts: 1, cut: false),
            "aired-then-cut": RecordedInstance(attempts: 2, cut: true, aired: true),
        ]
        #expect(AttemptRule.again(recorded, policy: policy) == ["cut-once", "cut-twice"])
        #expect(AttemptRule.settled(recorded, policy: policy) == ["cut-thrice", "aired", "failed", "aired-then-cut"])
        var one = policy
        one.maxAttempts = 1
        #expect(AttemptRule.again(recorded, policy: one).isEmpty)
    }
}
