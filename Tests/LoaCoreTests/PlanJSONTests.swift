import Foundation
import Testing
@testable import LoaCore

/// `loa plan --format json` writes each airing by hand (JSONAiringWriter) for speed; it must be the very
/// text JSONEncoder made of it before, byte for byte, whatever the airing holds.
@Suite struct PlanJSONTests {
    typealias Airing = PlanFormatter.JSONAiring

    static let plain = Airing(
        identity: "2023-11-20/@07:30/le-phat-dong/1/toan-xa", date: "2023-11-20", start: "2023-11-20T07:30:00+07:00",
        startUTC: "2023-11-20T00:30:00.000Z", lengthSeconds: 95, kind: "item", slot: nil, announcement: "le-phat-dong",
        repetition: 1, title: "Lễ phát động Tháng hành động vì bình đẳng giới", campaign: "Tháng hành động 2023",
        zones: ["toan-xa"], devices: ["default"], priority: "priority", audio: "audio/le-phat-dong.wav", gainDB: 0)

    static var cases: [Airing] {
        var session = plain
        session.slot = "sang"
        session.announcement = nil
        session.campaign = nil
        session.kind = "jingle"
        session.zones = ["thon-na-mu", "thon-ban-lien", "cho-xa"]
        session.devices = ["plughw:1,0", "hw:CARD=Loa,DEV=0"]
        var fractions = plain
        fractions.lengthSeconds = 12.345
        fractions.gainDB = -3.25
        var tiny = plain
        tiny.lengthSeconds = 0.001
        tiny.gainDB = -0.0
        var huge = plain
        huge.lengthSeconds = 1e21
        huge.gainDB = 1.0 / 3.0
        huge.repetition = 12
        var escapes = plain
        escapes.title = "Thông báo \"khẩn\" của UBND xã\tCao Lâu\\Nà Mu\nlần 2 \u{7F}"
        escapes.audio = "/srv/loa/âm thanh/thông báo.mp3"
        escapes.zones = ["thôn \"A\"", "b\u{1}"]
        var empty = plain
        empty.zones = []
        empty.devices = []
        return [plain, session, fractions, tiny, huge, escapes, empty]
    }

    @Test(arguments: cases)
    func theHandWrittenAiringIsJSONEncodersText(_ airing: Airing) {
        let encoder = PlanFormatter.jsonEncoder()
        var writer = JSONAiringWriter(encoder: encoder)
        #expect(writer.element(airing) == PlanFormatter.element(airing, encoder: encoder))
        // Numbers are remembered after the first: the second airing with them is the same text too.
        #expect(writer.element(airing) == PlanFormatter.element(airing, encoder: encoder))
    }

    @Test func theDocumentParsesAndKeepsVietnameseAsWritten() throws {
        let encoder = PlanFormatter.jsonEncoder()
        var writer = JSONAiringWriter(encoder: encoder)
        let text = "[\n" + Self.cases.map { writer.element($0) }.joined(separator: ",\n") + "\n]"
        #expect(text.contains("Lễ phát động Tháng hành động vì bình đẳng giới"))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(parsed?.count == Self.cases.count)
        #expect(parsed?[5]["title"] as? String == Self.cases[5].title)
    }
}
