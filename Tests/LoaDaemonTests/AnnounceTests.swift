import Foundation
import LoaLog
import LoaTestSupport
import Testing
@testable import LoaDaemon

/// `loa announce` against the real `loa run`: it says "aired" only when the log says so, and refuses
/// with a reason (handing nothing in, stopping nothing) when it cannot be true.
@Suite struct AnnounceTests {
    static let approved = "approved_by = \"Vi Văn Thái\"\n"

    /// A station whose one session is an hour away: idle, with the zone `toan-xa`.
    func idleStation(device: String = "loa_cap") throws -> TestStation {
        let s = try TestStation()
        try s.tone("sau.wav", hz: 300, seconds: 1)
        try s.write("loa.toml", s.main(device: device) + s.slot(inSeconds: 3600))
        try s.write("announcements.d/a.toml", Self.approved + s.announcement("sau", "Mục sau một giờ"))
        return s
    }

    func startAndWaitForStatus(_ s: TestStation) async throws {
        try s.start()
        try await s.waitFor("the status file") { StatusFile(path: s.statusPath).read()?.untilMs != nil }
    }

    /// A WAV whose header promises 2 s while only a part is there: its header reads, it does not decode.
    func cutShort(_ s: TestStation, _ name: String) throws {
        try s.tone(name + ".full", hz: 500, seconds: 2)
        let whole = FileManager.default.contents(atPath: s.folder + "/\(name).full") ?? Data()
        try whole.prefix(100_000).write(to: URL(fileURLWithPath: s.folder + "/" + name))
    }

    @Test func refusedWithAReasonWhenNoDaemonRunsAndNothingIsHandedIn() async throws {
        let s = try idleStation()
        try s.tone("khan.wav", hz: 1000, seconds: 1)
        let never = try await s.announce([s.folder + "/khan.wav"]).finished()
        #expect(never.status != 0)
        #expect(never.stderr.contains("not running") && never.stderr.contains("nothing was handed in"), "\(never.stderr)")

        // Ran, then was killed: its status file stays behind, saying it was on air; its lock died with it.
        try await startAndWaitForStatus(s)
        s.signal(SIGKILL)
        _ = await s.waitForExit(seconds: 10)
        let killed = try await s.announce([s.folder + "/khan.wav"]).finished()
        #expect(killed.status != 0)
        #expect(killed.stderr.contains("NOT running"), "\(killed.stderr)")
        #expect(s.waitingRequests().isEmpty, "nothing waits to air unannounced when loa starts again")
    }

    @Test func anUnknownZoneOrAnUndecodableFileIsRefusedAndNothingOnAirIsInterrupted() async throws {
        let s = try TestStation()
        try s.tone("a.wav", hz: 440, seconds: 6)
        try s.tone("khan.wav", hz: 1000, seconds: 1)
        try cutShort(s, "hong.wav")
        let t0 = Date()
        // a on air from 3–4 s to 9–10 s after t0; the refused requests come at 6 s.
        try s.write("loa.toml", s.main(device: "loa_paced") + s.slot(inSeconds: 4, maxLength: "3m"))
        try s.write("announcements.d/a.toml", Self.approved + s.announcement("a", "Mục a"))
        // What an older or hand-made request with a mistyped zone looks like, for the daemon's own check.
        let typo = AnnounceRequest(id: "typo", audio: s.folder + "/khan.wav", title: "Sai cụm loa", zones: ["toan-xaa"], emergency: true,
                                   requestedMs: Int64(Date().timeIntervalSince1970 * 1000))
        try JSONEncoder().encode(typo).write(to: URL(fileURLWithPath: s.folder + "/typo.json"))
        try s.start()
        let badFile = try s.at(6, after: t0, run: [Paths.loa, "announce", s.folder + "/hong.wav", "--emergency",
                                                  "--status", s.statusPath, "--emergency-folder", s.emergencyFolder])
        let badZone = try s.at(6, after: t0, run: [Paths.loa, "announce", s.folder + "/khan.wav", "--emergency", "--zone", "toan-xaa",
                                                  "--status", s.statusPath, "--emergency-folder", s.emergencyFolder])
        // Handed to the daemon directly, past `loa announce`'s checks: the daemon checks again before it stops anything.
        let dropped = try s.at(6, after: t0, run: ["cp", s.folder + "/hong.wav", s.emergencyFolder + "/hong.wav"])
        let typed = try s.at(6.2, after: t0, run: ["mv", s.folder + "/typo.json", s.emergencyFolder + "/typo.json"])
        let file = await badFile.finished(), zone = await badZone.finished()
        _ = await dropped.finished(); _ = await typed.finished()
        #expect(file.status != 0 && file.stderr.contains("cannot be aired") && file.stderr.contains("nothing on air was stopped"), "\(file.stderr)")
        #expect(zone.status != 0 && zone.stderr.contains("no zone toan-xaa") && zone.stderr.contains("Did you mean toan-xa?"), "\(zone.stderr)")

        try await s.waitFor("a's outcome") { s.records().contains { $0.announcementID == "a" && $0.outcome != .onAir } }
        try await s.waitFor("the daemon's refusals logged") { s.records().filter { $0.outcome == .failed }.count == 2 }
        let records = s.records()
        let a = records.filter { $0.announcementID == "a" }
        #expect(a.map(\.outcome) == [.aired], "a aired once and was never cut: \(a.map { "\($0.outcome) \($0.reason ?? "")" })")
        #expect((a.first?.playedMs ?? 0) >= 5_000, "a aired whole")
        let droppedRow = records.first { $0.title == "Thông báo khẩn: hong.wav" }
        #expect(droppedRow?.outcome == .failed && droppedRow?.reason?.contains("cannot be decoded") == true, "\(String(describing: droppedRow))")
        let typoRow = records.first { $0.title == "Sai cụm loa" }
        #expect(typoRow?.outcome == .failed && typoRow?.reason?.contains("no such zone") == true, "\(String(describing: typoRow))")
        #expect(RequestFolder(path: s.emergencyFolder).receipt("typo")?.state == .refused)
        #expect(!records.contains { $0.outcome == .aired && $0.trigger == .emergency }, "nothing refused went on air")
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }

    @Test func exitsZeroOnlyOnceTheLogSaysAiredWithPathsRelativeToTheCaller() async throws {
        let s = try idleStation(device: "loa_paced")
        try s.tone("hop-dan.wav", hz: 700, seconds: 1.5)
        try await startAndWaitForStatus(s)
        // Relative file, folder and status file: resolved against the caller's working directory.
        let result = try await Child("/bin/sh", ["-c", "cd \"$0\" && exec \"$1\" announce hop-dan.wav --zone toan-xa --title 'Họp dân' "
                                                  + "--emergency-folder emergency --status status.json", s.folder, Paths.loa]).finished()
        let atReturn = s.records().filter { $0.title == "Họp dân" }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("aired"))
        #expect(atReturn.map(\.outcome) == [.aired], "the log says aired when loa announce returns: \(atReturn.map(\.outcome))")
        #expect(atReturn.first?.trigger == .manual)
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }

    @Test func aRequestNotTakenInTimeIsWithdrawnAndNeverAirs() async throws {
        let s = try idleStation()
        try s.tone("khan.wav", hz: 1000, seconds: 1)
        try await startAndWaitForStatus(s)
        // A folder no daemon watches (a mistyped --emergency-folder): nobody takes the request.
        let elsewhere = s.folder + "/khong-ai-doc"
        try FileManager.default.createDirectory(atPath: elsewhere + "/.audio", withIntermediateDirectories: true)
        let result = try await Child(Paths.loa, ["announce", s.folder + "/khan.wav", "--timeout", "2", "--status", s.statusPath,
                                                 "--emergency-folder", elsewhere]).finished()
        #expect(result.status != 0)
        #expect(result.stderr.contains("did not take the request within 2 s") && result.stderr.contains("withdrawn"), "\(result.stderr)")
        #expect(s.waitingRequests(in: elsewhere).isEmpty, "the request was taken back")
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }

    @Test func anAcceptedRequestWhoseZoneStaysBusyIsWithdrawnAtTheTimeoutAndNeverAirsLate() async throws {
        let s = try TestStation()
        try s.tone("a.wav", hz: 440, seconds: 8)
        try s.tone("sau.wav", hz: 900, seconds: 1)
        let t0 = Date()
        // a on air from 3–4 s to 11–12 s after t0; at 5 s a notice without --emergency waits for the zone, 2 s at most.
        try s.write("loa.toml", s.main(device: "loa_paced") + s.slot(inSeconds: 4, maxLength: "3m"))
        try s.write("announcements.d/a.toml", Self.approved + s.announcement("a", "Mục a"))
        try s.start()
        let late = try await s.at(5, after: t0, run: [Paths.loa, "announce", s.folder + "/sau.wav", "--title", "Tin chờ", "--timeout", "2",
                                                     "--status", s.statusPath, "--emergency-folder", s.emergencyFolder]).finished()
        #expect(late.status != 0)
        #expect(late.stderr.contains("accepted the request but did not start it within 2 s") && late.stderr.contains("withdrawn"), "\(late.stderr)")
        // When a has ended the zone is free: the withdrawn notice is logged skipped, and does not air.
        try await s.waitFor("the withdrawn notice logged") { s.records().contains { $0.title == "Tin chờ" } }
        let notice = s.records().filter { $0.title == "Tin chờ" }
        #expect(notice.map(\.outcome) == [.skipped], "\(notice.map { "\($0.outcome) \($0.reason ?? "")" })")
        #expect(notice.first?.reason?.contains("withdrawn") == true)
        #expect(s.records().first { $0.announcementID == "a" }?.outcome == .aired, "a was not cut for it")
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }

    @Test func aRequestLeftWhileLoaWasDownAirsWhenItStartsAndAnOldOneIsLoggedExpired() async throws {
        let s = try idleStation()
        try s.tone("khan.wav", hz: 1000, seconds: 1)
        try s.tone("cu.wav", hz: 800, seconds: 1)
        let folder = RequestFolder(path: s.emergencyFolder)
        try folder.prepare()
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        for (id, audio, title, requested) in [("moi", "khan.wav", "Thông báo mới", now - 5_000), ("cu", "cu.wav", "Thông báo cũ", now - 11 * 60_000)] {
            let request = AnnounceRequest(id: id, audio: s.folder + "/" + audio, title: title, zones: ["toan-xa"], emergency: true,
                                          requestedMs: requested)
            try SharedFile.write(try JSONEncoder().encode(request), to: folder.request(id))
        }
        try s.start()
        try await s.waitFor("the waiting request aired") { s.records().contains { $0.title == "Thông báo mới" && $0.outcome == .aired } }
        try await s.waitFor("the old request logged") { s.records().contains { $0.title == "Thông báo cũ" } }
        let old = s.records().filter { $0.title == "Thông báo cũ" }
        #expect(old.map(\.outcome) == [.missed], "\(old.map(\.outcome))")
        #expect(old.first?.reason?.contains("expired") == true, "\(old.first?.reason ?? "")")
        // The receipt follows the log row (it is written when the session has ended).
        try await s.waitFor("the receipt") { folder.receipt("moi")?.state.isFinal == true }
        #expect(folder.receipt("moi")?.state == .aired)
        #expect(folder.receipt("cu")?.state == .expired)
        #expect(s.waitingRequests().isEmpty)
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }
}
