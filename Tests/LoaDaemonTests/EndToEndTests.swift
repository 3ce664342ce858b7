import Foundation
import LoaLog
import LoaTestSupport
import Testing

/// The real `loa run` process, real libasound (file PCMs), a real SQLite log, real signals.
@Suite struct EndToEndTests {
    static let approved = "approved_by = \"Vi Văn Thái\"\n"

    @Test func airsTheSessionExactlyThenReloadsOnSIGHUPAndRefusesABrokenConfiguration() async throws {
        let s = try TestStation()
        let intro = try s.tone("nhac-hieu.wav", hz: 440, seconds: 0.5)
        let one = try s.tone("mot.wav", hz: 660, seconds: 0.7)
        let two = try s.tone("hai.wav", hz: 880, seconds: 0.6)
        let three = try s.tone("ba.wav", hz: 550, seconds: 0.4)
        try s.write("loa.toml", s.main(device: "loa_cap") + s.slot(inSeconds: 4, maxLength: "2m", intro: "nhac-hieu.wav"))
        try s.write("announcements.d/a.toml", Self.approved + """
            [[announcement]]
            id = "mot"
            title = "Thông báo một"
            audio = "../mot.wav"
            slots = ["thu"]

            [[announcement]]
            id = "hai"
            title = "Thông báo hai"
            audio = "../hai.wav"
            slots = ["thu"]
            """)
        try s.start()
        try await s.waitFor("the session aired") { s.records().filter { $0.outcome == .aired }.count == 3 }
        // Compared as one Bool: a failing comparison of two 300 kB values would make the test runner diff them byte by byte.
        // The file PCM writes out what it buffered when the device closes, just after the last row.
        try await s.waitFor("the capture written out") { s.captured().count >= (intro + one + two).count }
        let firstCapture = s.captured()
        let sessionExact = firstCapture == intro + one + two
        #expect(sessionExact, "the capture is the three files back to back, bit for bit (\(firstCapture.count) bytes, expected \((intro + one + two).count))")
        #expect(s.records().map(\.title) == ["Nhạc hiệu — Buổi thử", "Thông báo một", "Thông báo hai"])
        #expect(s.records().allSatisfy { $0.trigger == .schedule })

        // `loa status` reads the status file and the log.
        let shown = try run(Paths.loa, ["status", "--status", s.folder + "/status.json", "--log", s.folder + "/airings.sqlite"]).stdout
        #expect(shown.contains("Đài truyền thanh xã Cao Lâu (thử)") && shown.contains("running"), "\(shown)")
        #expect(shown.contains("Thông báo hai"), "the last airings: \(shown)")

        // A broken file is refused; the running plan stays.
        try s.write("announcements.d/hong.toml", "[[announcement]\nid = \"hong\"\n")
        s.signal(SIGHUP)
        try await s.waitFor("the refusal") { s.stderr.contains("refused") }
        #expect(s.stderr.contains("hong.toml:1:"))
        // `loa status` shows the refusal with its first error while the old configuration airs on.
        var refused = ""
        try await s.waitFor("the refusal in loa status") {
            refused = (try? run(Paths.loa, ["status", "--status", s.statusPath, "--log", s.folder + "/airings.sqlite"]).stdout) ?? ""
            return refused.contains("REFUSED")
        }
        #expect(refused.contains("hong.toml:1:") && refused.contains("still airing revision"), "\(refused)")
        // Fixed, and a new announcement added: it airs.
        try FileManager.default.removeItem(atPath: s.folder + "/announcements.d/hong.toml")
        try s.write("announcements.d/b.toml", Self.approved + """
            [[announcement]]
            id = "ba"
            title = "Thông báo ba"
            audio = "../ba.wav"
            at = ["\(s.clock(inSeconds: 4))"]
            """)
        s.signal(SIGHUP)
        try await s.waitFor("the new announcement aired") { s.records().contains { $0.announcementID == "ba" && $0.outcome == .aired } }
        let fixed = try run(Paths.loa, ["status", "--status", s.statusPath, "--log", s.folder + "/airings.sqlite"]).stdout
        #expect(!fixed.contains("REFUSED"), "a valid reload ends the refusal: \(fixed)")
        try await s.waitFor("the capture written out") { s.captured().count >= (intro + one + two + three).count }
        let secondCapture = s.captured()
        let allExact = secondCapture == intro + one + two + three
        #expect(allExact, "\(secondCapture.count) bytes, expected \((intro + one + two + three).count)")
        s.signal(SIGTERM)
        let exit = await s.waitForExit(seconds: 10)
        #expect(exit?.status == 0 && exit?.signaled == false)
    }

    @Test func sigtermDuringAnAiringLogsItInterruptedAndExitsCleanly() async throws {
        let s = try TestStation()
        try s.tone("dai.wav", hz: 440, seconds: 8)
        let t0 = Date()
        try s.write("loa.toml", s.main(device: "loa_paced"))
        // On air from 2–3 s to 10–11 s after t0; stopped at 4.5 s.
        try s.write("announcements.d/a.toml", Self.approved + """
            [[announcement]]
            id = "dai"
            title = "Thông báo dài"
            audio = "../dai.wav"
            at = ["\(s.clock(inSeconds: 3))"]
            """)
        try s.start()
        let stop = try s.signal("TERM", at: 4.5, after: t0)
        #expect(await stop.finished().status == 0)
        let exit = await s.waitForExit(seconds: 10)
        #expect(exit?.status == 0 && exit?.signaled == false, "\(s.stderr)")
        let record = try #require(s.records().first)
        #expect(record.outcome == .interrupted, "\(s.stderr)")
        #expect(record.reason == AiringLog.stoppedReason)
        #expect((record.playedMs ?? 0) > 500 && (record.playedMs ?? 0) < 8_000)
    }

    /// A crash in the middle of an airing, within its session's grace: after the restart the item airs
    /// again from its start as attempt 2, whole, then the rest; nothing that aired is aired twice.
    @Test func sigkillAndRestartAirTheCutItemAgainWholeThenTheRestAndNothingTwice() async throws {
        let s = try TestStation()
        for (name, hz) in [("a", 440.0), ("b", 550.0), ("c", 660.0)] { try s.tone("\(name).wav", hz: hz, seconds: 4) }
        let t0 = Date()
        // a from 3–4 s after t0, b from 7–8 s, c from 11–12 s; killed at 10 s, in the middle of b.
        try s.write("loa.toml", s.main(device: "loa_paced") + s.slot(inSeconds: 4, maxLength: "3m"))
        try s.write("announcements.d/a.toml", Self.approved + ["a", "b", "c"].map { """
            [[announcement]]
            id = "\($0)"
            title = "Mục \($0)"
            audio = "../\($0).wav"
            slots = ["thu"]

            """ }.joined())
        try s.start()
        _ = try await s.signal("KILL", at: 10, after: t0).finished()
        let killed = await s.waitForExit(seconds: 10)
        #expect(killed?.signaled == true)
        let atTheKill = s.records().map { "\($0.announcementID ?? "") \($0.outcome.rawValue)" }
        try #require(atTheKill == ["a aired", "b on_air"], "the kill was meant to land in the middle of b: \(atTheKill)\n\(s.stderr)")
        try s.start()
        try await s.waitFor("c aired after the restart") { s.records().contains { $0.announcementID == "c" && $0.outcome == .aired } }
        let records = s.records()
        #expect(records.filter { $0.announcementID == "a" }.map(\.outcome) == [.aired])
        let b = records.filter { $0.announcementID == "b" }.sorted { $0.attempt < $1.attempt }
        #expect(b.map(\.outcome) == [.interrupted, .aired], "\(records.map { "\($0.identity) \($0.attempt) \($0.outcome)" })")
        #expect(b.map(\.attempt) == [1, 2])
        #expect(b.first?.reason == AiringLog.stoppedReason)
        #expect(b.last?.trigger == .late)
        // Whole: 4 s, from its start (c follows, so the paced pipe's last half second is not counted).
        #expect((b.last?.playedMs ?? 0) >= 3_000, "b aired again whole: \(b.last?.playedMs ?? 0) ms")
        #expect(records.filter { $0.announcementID == "c" }.map(\.outcome) == [.aired])
        #expect(records.count == 4, "nothing aired twice: \(records.map { "\($0.identity) \($0.outcome)" })")
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }

    @Test func anEmergencyInterruptsAndTheInterruptedItemAirsAgainWhole() async throws {
        let s = try TestStation()
        try s.tone("a.wav", hz: 440, seconds: 6)
        try s.tone("b.wav", hz: 550, seconds: 1)
        try s.tone("khan.wav", hz: 1000, seconds: 1)
        let t0 = Date()
        // a on air from 3–4 s to 9–10 s after t0; the emergency comes at 6 s.
        try s.write("loa.toml", s.main(device: "loa_paced") + s.slot(inSeconds: 4, maxLength: "3m"))
        try s.write("announcements.d/a.toml", Self.approved + """
            [[announcement]]
            id = "a"
            title = "Mục a"
            audio = "../a.wav"
            slots = ["thu"]

            [[announcement]]
            id = "b"
            title = "Mục b"
            audio = "../b.wav"
            slots = ["thu"]
            """)
        try s.start()
        let announce = try await s.at(6, after: t0, run: [Paths.loa, "announce", s.folder + "/khan.wav", "--emergency",
                                                     "--title", "Thông báo khẩn: lũ quét", "--emergency-folder", s.emergencyFolder,
                                                     "--status", s.statusPath]).finished()
        #expect(announce.status == 0, "\(announce.stderr)")
        try await s.waitFor("a aired again and b after it") { s.records().contains { $0.announcementID == "b" && $0.outcome == .aired } }
        let records = s.records()
        let a = records.filter { $0.announcementID == "a" }.sorted { $0.attempt < $1.attempt }
        #expect(a.map(\.outcome) == [.interrupted, .aired])
        #expect(a.first?.reason?.contains("emergency") == true)
        let emergency = records.filter { $0.trigger == .emergency }
        #expect(emergency.count == 1 && emergency.first?.outcome == .aired && emergency.first?.title == "Thông báo khẩn: lũ quét")
        // In time order: a (cut), the emergency, a again whole, then b.
        let order = records.filter { $0.outcome == .aired || $0.outcome == .interrupted }.sorted { ($0.startMs ?? 0) < ($1.startMs ?? 0) }
        #expect(order.map { $0.announcementID ?? "khan" } == ["a", "khan", "a", "b"])
        // Whole is 6 s; b follows, so a ends when its last frame is written, while the paced device's pipe
        // (unseen by ALSA) still holds about half a second of it. Cut short, it played 2–3 s.
        #expect((a.last?.playedMs ?? 0) >= 5_000, "the second airing of a is whole")
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }
}
