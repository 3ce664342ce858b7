import Foundation
import LoaLog
import LoaTestSupport
import Testing

/// What the log and the report say of a real `loa run`: per-zone outcomes with a dead device, the
/// exceptions and unplanned sections, the record of what was planned surviving an edited and a removed
/// campaign file, and airings cut by crashes aired again a bounded number of times.
@Suite struct LedgerEndToEndTests {
    static let approved = "approved_by = \"Vi Văn Thái\"\n"
    static let campaign = "Tháng hành động vì bình đẳng giới 2023"

    /// Two zones: `toan-xa` on the capture device, `thon-hong` on a card that is not there.
    func twoZones(_ s: TestStation) -> String {
        """
        [station]
        name = "Đài truyền thanh xã Cao Lâu (thử)"
        pause = "0s"

        [zones.toan-xa]
        name = "Toàn xã"
        device = "loa_cap"

        [zones.thon-hong]
        name = "Thôn Hồng"
        device = "hw:9,0"

        [[slot]]
        id = "thu"
        name = "Buổi thử"
        start = "\(s.clock(inSeconds: 8))"
        max_length = "3m"
        zones = ["toan-xa", "thon-hong"]

        [[slot]]
        id = "kiem-tra"
        name = "Kiểm tra"
        start = "\(s.clock(inSeconds: 14))"
        max_length = "3m"
        zones = ["thon-hong"]
        """
    }

    func campaignFile(_ s: TestStation, title: String = "Thông báo dài", withFixed: Bool = true, fixedAt: String) -> String {
        """
        campaign = "\(Self.campaign)"
        \(Self.approved)
        [[announcement]]
        id = "dai"
        title = "\(title)"
        audio = "../dai.wav"
        slots = ["thu"]
        """ + (withFixed ? """


        [[announcement]]
        id = "le"
        title = "Lễ phát động"
        audio = "../le.wav"
        at = ["\(fixedAt)"]
        zones = ["toan-xa"]
        """ : "")
    }

    func report(_ s: TestStation, _ extra: [String] = []) throws -> (json: [String: Any], stderr: String) {
        let today = s.resolver.local(Int64(Date().timeIntervalSince1970 * 1000)).date.description
        let r = try run(Paths.loa, ["report", "--config", s.folder + "/loa.toml", "--log", s.folder + "/airings.sqlite",
                                    "--from", today, "--to", today, "--format", "json"] + extra)
        guard r.status == 0, let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] else {
            throw DaemonTestFailure("loa report failed (\(r.status)): \(r.stderr)")
        }
        return (json, r.stderr)
    }

    /// The report's figures and lists, without the instant it was made.
    func figures(_ json: [String: Any]) -> NSDictionary {
        NSDictionary(dictionary: json.filter { $0.key != "asOf" })
    }

    @Test func deadZoneExceptionsUnplannedAndAReportThatOutlivesItsFiles() async throws {
        let s = try TestStation()
        try s.tone("dai.wav", hz: 440, seconds: 0.5)
        try s.tone("le.wav", hz: 550, seconds: 0.5)
        try s.tone("hong.wav", hz: 660, seconds: 0.3)
        try s.tone("khan.wav", hz: 1000, seconds: 0.3)
        try s.tone("hop.wav", hz: 800, seconds: 0.3)
        // dai airs at 8 s to both zones (one device missing); hong at 14 s only to the missing device:
        // failed; le is added while loa is stopped, at a time just past (its grace 1 s): missed when it
        // starts again.
        try s.write("loa.toml", twoZones(s))
        try s.write("announcements.d/binh-dang-gioi-2023.toml", campaignFile(s, withFixed: false, fixedAt: ""))
        try s.write("announcements.d/kiem-tra.toml", Self.approved + """
            [[announcement]]
            id = "hong"
            title = "Kiểm tra cụm loa hỏng"
            audio = "../hong.wav"
            slots = ["kiem-tra"]
            """)
        try s.start(extra: ["--fixed-grace", "1s"])
        try await s.waitFor("the first start") { s.stderr.contains("loa is on air") }
        // le's time must come after loa first ran with this log: what was due before was never loa's to air.
        try await Task.sleep(for: .seconds(3))
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
        try s.write("announcements.d/binh-dang-gioi-2023.toml", campaignFile(s, fixedAt: s.clock(inSeconds: -1.5)))
        try s.start(extra: ["--fixed-grace", "1s"])
        do {
            try await s.waitFor("dai, le and hong settled") {
                let r = s.records()
                return ["dai", "le", "hong"].allSatisfy { id in r.contains { $0.announcementID == id && $0.outcome != .onAir } }
            }
        } catch {
            throw DaemonTestFailure("\(error)\nlog: \(s.records().map { "\($0.identity) \($0.outcome) \($0.reason ?? "")" })")
        }
        // Unplanned: an urgent notice and an ordinary one, each to the good zone.
        let urgent = try await s.announce([s.folder + "/khan.wav", "--emergency", "--zone", "toan-xa", "--title", "Thông báo khẩn: lũ quét"]).finished()
        #expect(urgent.status == 0, "\(urgent.stderr)")
        let plain = try await s.announce([s.folder + "/hop.wav", "--zone", "toan-xa", "--title", "Mời họp dân"]).finished()
        #expect(plain.status == 0, "\(plain.stderr)")

        // The log: dai aired (a zone aired it whole), per zone aired and failed with the device's reason.
        let records = s.records()
        let dai = try #require(records.first { $0.announcementID == "dai" })
        #expect(dai.outcome == .aired, "\(records.map { "\($0.identity) \($0.outcome) \($0.reason ?? "")" })\n\(s.stderr)")
        let zones = Dictionary(uniqueKeysWithValues: dai.zoneOutcomes.map { ($0.zone, $0) })
        #expect(zones["toan-xa"]?.outcome == .aired && zones["toan-xa"]?.device == "loa_cap")
        #expect(zones["thon-hong"]?.outcome == .failed && zones["thon-hong"]?.device == "hw:9,0")
        let deadReason = try #require(zones["thon-hong"]?.reason)
        #expect(!deadReason.isEmpty)
        #expect(records.first { $0.announcementID == "le" }?.outcome == .missed)
        #expect(records.first { $0.announcementID == "hong" }?.outcome == .failed)
        // The device fault is a station event.
        let events = try AiringLogReader(path: s.folder + "/airings.sqlite").events()
        #expect(events.contains { $0.kind == .deviceFault && ($0.detail ?? "").contains("hw:9,0") }, "\(events)")

        // The report: zone table by each zone's own outcome, the exceptions with reasons, the unplanned airings.
        let (before, _) = try report(s)
        let zoneLines = Dictionary(uniqueKeysWithValues: ((before["zones"] as? [[String: Any]]) ?? []).map { ($0["id"] as? String ?? "", $0) })
        #expect(zoneLines["thon-hong"]?["failed"] as? Int == 2, "\(zoneLines)")  // dai there, and hong
        #expect(zoneLines["thon-hong"]?["aired"] as? Int == 0)
        #expect(zoneLines["toan-xa"]?["aired"] as? Int == 1 && zoneLines["toan-xa"]?["missed"] as? Int == 1)
        let total = before["total"] as? [String: Any]
        #expect(total?["aired"] as? Int == 1 && total?["missed"] as? Int == 1 && total?["failed"] as? Int == 1)
        let exceptions = (before["exceptions"] as? [[String: Any]]) ?? []
        func exception(_ id: String) -> [String: Any]? { exceptions.first { ($0["identity"] as? String ?? "").contains("/\(id)/") } }
        #expect(exception("dai")?["outcome"] as? String == "failed" && exception("dai")?["zones"] as? [String] == ["thon-hong"])
        #expect(exception("dai")?["reason"] as? String == deadReason)
        #expect(exception("le")?["outcome"] as? String == "missed" && !((exception("le")?["reason"] as? String) ?? "").isEmpty)
        #expect(exception("hong")?["outcome"] as? String == "failed" && !((exception("hong")?["reason"] as? String) ?? "").isEmpty)
        #expect(exceptions.count == 3, "\(exceptions)")
        let unplanned = (before["unplannedAirings"] as? [[String: Any]]) ?? []
        #expect(unplanned.map { $0["trigger"] as? String } == ["emergency", "manual"], "\(unplanned)")
        #expect(unplanned.map { $0["title"] as? String } == ["Thông báo khẩn: lũ quét", "Mời họp dân"])
        #expect(unplanned.allSatisfy { $0["outcome"] as? String == "aired" && $0["zones"] as? [String] == ["toan-xa"] })
        #expect((before["plannedFromCurrentFiles"] as? [String]) == [], "today's plan is the daemon's record")

        // The export carries the zone outcomes, in JSON and CSV.
        let json = try run(Paths.loa, ["export", "--log", s.folder + "/airings.sqlite", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains(#""zone":"thon-hong","device":"hw:9,0","outcome":"failed""#), "\(json.stdout)")
        let csv = try run(Paths.loa, ["export", "--log", s.folder + "/airings.sqlite", "--format", "csv", "--lang", "en"])
        let daiLine = csv.stdout.components(separatedBy: "\r\n").first { $0.contains("/dai/") } ?? ""
        #expect(daiLine.contains("thon-hong=failed (") && daiLine.contains("toan-xa=aired"), "\(daiLine)")

        // The campaign's file edited after it aired (a title changed, the fixed-time notice removed): the
        // report of today is unchanged.
        let campaignReport = try report(s, ["--campaign", "thang hanh dong"]).json
        #expect(campaignReport["campaign"] as? String == Self.campaign)
        try s.write("announcements.d/binh-dang-gioi-2023.toml", campaignFile(s, title: "Tiêu đề đã sửa", withFixed: false, fixedAt: ""))
        s.signal(SIGHUP)
        try await s.waitFor("the reload") { s.stderr.contains("configuration reloaded") }
        let afterEdit = try report(s).json
        #expect(figures(afterEdit) == figures(before), "\(afterEdit)\n---\n\(before)")
        #expect(figures(try report(s, ["--campaign", "thang hanh dong"]).json) == figures(campaignReport))
        // Removed: still found by a part of its name without diacritics, the same figures.
        try FileManager.default.removeItem(atPath: s.folder + "/announcements.d/binh-dang-gioi-2023.toml")
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
        #expect(figures(try report(s).json) == figures(before))
        #expect(figures(try report(s, ["--campaign", "binh dang gioi"]).json) == figures(campaignReport))
        let nothing = try run(Paths.loa, ["report", "--config", s.folder + "/loa.toml", "--log", s.folder + "/airings.sqlite",
                                          "--campaign", "Tháng hành động vì bình đẳng giới 2032"])
        #expect(nothing.status != 0 && nothing.stderr.contains("Did you mean \"\(Self.campaign)\""), "\(nothing.stderr)")
    }

    /// A file that crashes loa each time it plays (simulated: killed in the middle of each attempt) is
    /// tried at most three times; then the session goes on with the next item.
    @Test func anAiringThatCrashesLoaEachTimeStopsAfterThreeAttempts() async throws {
        let s = try TestStation()
        try s.tone("b.wav", hz: 550, seconds: 20)
        try s.tone("c.wav", hz: 660, seconds: 0.5)
        try s.write("loa.toml", s.main(device: "loa_paced") + s.slot(inSeconds: 3, maxLength: "5m"))
        try s.write("announcements.d/a.toml", Self.approved + s.announcement("b", "Mục b") + s.announcement("c", "Mục c"))
        for attempt in 1...3 {
            try s.start()
            try await s.waitFor("attempt \(attempt) of b on air", seconds: 40) {
                s.records().contains { $0.announcementID == "b" && $0.attempt == attempt && $0.outcome == .onAir }
            }
            // Killed after 4.5 s of the 20: the log was told how long it had played every 2 s.
            try await Task.sleep(for: .milliseconds(4_500))
            s.signal(SIGKILL)
            let killed = await s.waitForExit(seconds: 10)
            #expect(killed?.signaled == true)
        }
        try s.start()
        try await s.waitFor("c aired", seconds: 40) { s.records().contains { $0.announcementID == "c" && $0.outcome == .aired } }
        let b = s.records().filter { $0.announcementID == "b" }.sorted { $0.attempt < $1.attempt }
        #expect(b.map(\.attempt) == [1, 2, 3], "\(b.map { "\($0.attempt) \($0.outcome)" })")
        #expect(b.allSatisfy { $0.outcome == .interrupted && $0.reason == AiringLog.stoppedReason })
        // Each cut attempt says how long it played (at least the first 2 s written before the kill, at
        // most the 20 s file), and ended then.
        #expect(b.allSatisfy { ($0.playedMs ?? 0) >= 2_000 && ($0.playedMs ?? 0) < 20_000 }, "\(b.map { $0.playedMs ?? -1 })")
        #expect(b.allSatisfy { $0.endMs != nil && $0.endMs == ($0.startMs ?? 0) + ($0.playedMs ?? 0) })
        // Counted once in the report, as interrupted; each attempt is an exception.
        let today = s.resolver.local(Int64(Date().timeIntervalSince1970 * 1000)).date.description
        let r = try run(Paths.loa, ["report", "--config", s.folder + "/loa.toml", "--log", s.folder + "/airings.sqlite",
                                    "--from", today, "--to", today, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let total = json["total"] as? [String: Any]
        #expect(total?["planned"] as? Int == 2 && total?["interrupted"] as? Int == 1 && total?["aired"] as? Int == 1, "\(r.stdout)")
        #expect(((json["exceptions"] as? [[String: Any]]) ?? []).compactMap { $0["attempt"] as? Int } == [1, 2, 3])
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }
}
