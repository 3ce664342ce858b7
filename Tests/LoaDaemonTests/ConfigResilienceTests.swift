import Foundation
import LoaCore
import LoaDaemon
import LoaLog
import LoaTestSupport
import Testing

/// The real `loa run` against files no daemon should die of or be silenced by (issue 9): a file the
/// TOML parser once aborted on, a recording that cannot be decoded, a configuration that cannot be parsed
/// at start-up. Each time the rest airs.
@Suite struct ConfigResilienceTests {
    static let approved = "approved_by = \"Vi Văn Thái\"\n"

    func item(_ id: String, at: String? = nil) -> String {
        """

        [[announcement]]
        id = "\(id)"
        title = "Mục \(id)"
        audio = "../\(id).wav"
        \(at.map { "at = [\"\($0)\"]" } ?? "slots = [\"thu\"]")

        """
    }

    /// `[[[announcement]]]` saved into announcements.d while loa airs: the reload is refused with the
    /// file and place, the daemon lives on, and an airing due after it airs.
    @Test func aFileTheParserAbortedOnSavedWhileAiringIsRefusedAndAiringGoesOn() async throws {
        let s = try TestStation()
        try s.tone("a.wav", hz: 440, seconds: 0.5)
        try s.tone("b.wav", hz: 660, seconds: 0.5)
        try s.write("loa.toml", s.main(device: "loa_cap") + s.slot(inSeconds: 3, maxLength: "1m"))
        try s.write("announcements.d/a.toml", Self.approved + item("a") + item("b", at: s.clock(inSeconds: 12)))
        try s.start()
        try await s.waitFor("a aired") { s.records().contains { $0.announcementID == "a" && $0.outcome == .aired } }
        try s.write("announcements.d/z-typo.toml", Self.approved + "[[[announcement]]]\nid = \"typo\"\n")
        try await s.waitFor("the refusal") { s.stderr.contains("refused") }
        #expect(s.stderr.contains("announcements.d/z-typo.toml:2:3: error[toml-syntax]"), "\(s.stderr)")
        try await s.waitFor("b aired after the refusal") { s.records().contains { $0.announcementID == "b" && $0.outcome == .aired } }
        #expect(s.process?.isRunning == true, "the daemon lives on")
        s.signal(SIGTERM)
        let exit = await s.waitForExit(seconds: 10)
        #expect(exit?.status == 0 && exit?.signaled == false, "\(s.stderr)")
    }

    /// A drop-in that cannot be read (here a dangling link: the tests run as root, who reads any mode)
    /// saved while loa airs: the reload is refused with the file and the reason, in the journal and in
    /// `loa status`, and the programme on air goes on.
    @Test func anUnreadableDropInSavedWhileAiringIsRefusedInTheJournalAndInLoaStatus() async throws {
        let s = try TestStation()
        try s.tone("a.wav", hz: 440, seconds: 0.5)
        try s.write("loa.toml", s.main(device: "loa_cap"))
        try s.write("announcements.d/a.toml", Self.approved + item("a", at: s.clock(inSeconds: 10)))
        try s.start()
        try await s.waitFor("on air") { s.stderr.contains("is on air") }
        try FileManager.default.createSymbolicLink(atPath: s.folder + "/announcements.d/chien-dich.toml", withDestinationPath: "/nonexistent/chien-dich.toml")
        // No SIGHUP: the daemon watches for a link made in the folder, as for a file written.
        try await s.waitFor("the refusal") { s.stderr.contains("refused") }
        #expect(s.stderr.contains("announcements.d/chien-dich.toml: error[file-unreadable]: loa cannot read this announcement file: it is a symbolic link to /nonexistent/chien-dich.toml, which does not exist."), "\(s.stderr)")
        try await s.waitFor("the status file shows the refusal") {
            StatusFile(path: s.folder + "/status.json").read()?.refusedReload?.errors.contains { $0.contains("chien-dich.toml") } == true
        }
        let shown = try run(Paths.loa, ["status", "--status", s.folder + "/status.json", "--log", s.folder + "/airings.sqlite"]).stdout
        #expect(shown.contains("chien-dich.toml"), "\(shown)")
        try await s.waitFor("a aired all the same") { s.records().contains { $0.announcementID == "a" && $0.outcome == .aired } }
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }

    /// One recording is random bytes and another is missing when the daemon starts: it starts, says which
    /// items will fail (journal and status), logs those failed when due, and airs everything else.
    @Test func aDaemonStartedWithUnreadableRecordingsAirsEverythingElse() async throws {
        let s = try TestStation()
        try s.tone("a.wav", hz: 440, seconds: 0.5)
        try s.tone("c.wav", hz: 550, seconds: 0.5)
        try s.tone("d.wav", hz: 880, seconds: 0.5)
        try Data((0..<20_000).map { _ in UInt8.random(in: 0...255) }).write(to: URL(fileURLWithPath: s.folder + "/b.wav"))
        try s.write("loa.toml", s.main(device: "loa_cap") + s.slot(inSeconds: 4, maxLength: "1m"))
        try s.write("announcements.d/a.toml", Self.approved + item("a") + item("b") + item("c") + item("gone") + item("d", at: s.clock(inSeconds: 9)))
        try s.start()
        try await s.waitFor("d aired") { s.records().contains { $0.announcementID == "d" && $0.outcome == .aired } }
        let records = s.records()
        func outcome(_ id: String) -> Outcome? { records.first { $0.announcementID == id }?.outcome }
        #expect(outcome("a") == .aired && outcome("c") == .aired && outcome("d") == .aired, "\(records.map { "\($0.announcementID ?? "") \($0.outcome)" })")
        #expect(outcome("b") == .failed && outcome("gone") == .failed, "\(records.map { "\($0.announcementID ?? "") \($0.outcome) \($0.reason ?? "")" })")
        #expect(records.first { $0.announcementID == "gone" }?.reason?.isEmpty == false)
        #expect(!s.stderr.contains("cannot start"))
        #expect(s.stderr.contains("error[audio-unreadable]: announcement \"b\"") && s.stderr.contains("only this item fails"), "\(s.stderr)")
        #expect(s.stderr.contains("error[audio-missing]: announcement \"gone\""), "\(s.stderr)")
        let status = try #require(StatusFile(path: s.folder + "/status.json").read())
        #expect(status.itemFaults?.count == 2, "\(status)")
        let shown = try run(Paths.loa, ["status", "--status", s.folder + "/status.json", "--log", s.folder + "/airings.sqlite"]).stdout
        #expect(shown.contains("recording fault") && shown.contains("announcement \"b\""), "\(shown)")
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }

    /// A daemon that ran once with a valid configuration is restarted after loa.toml was broken: it airs
    /// the configuration it kept, and says so in the journal, the status file and `loa status`.
    @Test func aDaemonStartedWithAConfigurationThatCannotBeParsedAirsTheLastValidOne() async throws {
        let s = try TestStation()
        try s.tone("a.wav", hz: 440, seconds: 0.5)
        let valid = s.main(device: "loa_cap")
        try s.write("loa.toml", valid)
        try s.write("announcements.d/a.toml", Self.approved + item("a", at: s.clock(inSeconds: 14)))
        try s.start()
        try await s.waitFor("the first daemon on air") { s.stderr.contains("is on air") }
        #expect(FileManager.default.fileExists(atPath: s.folder + "/last-valid-config.json"))
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
        try s.write("loa.toml", valid.replacingOccurrences(of: "[zones.toan-xa]", with: "[[[zones.toan-xa]]]"))
        try s.start()
        // The kept configuration said on air before `a` is looked for: a record of `a` can only be this daemon's
        // if the first one was stopped before a's instant (a clear failure below says when it was not).
        try await s.waitFor("the kept configuration on air") { s.stderr.contains("is on air") }
        #expect(!s.records().contains { $0.announcementID == "a" }, "the first daemon was stopped too late: it aired a itself")
        try await s.waitFor("a aired from the kept configuration") { s.records().contains { $0.announcementID == "a" && $0.outcome == .aired } }
        #expect(s.stderr.contains("THE CONFIGURATION CANNOT BE USED: airing the last valid configuration"), "\(s.stderr)")
        #expect(s.stderr.contains("loa.toml:5:3: error[toml-syntax]"), "\(s.stderr)")
        let status = try #require(StatusFile(path: s.folder + "/status.json").read())
        #expect(status.fallback?.contains("because") == true, "\(status)")
        let shown = try run(Paths.loa, ["status", "--status", s.folder + "/status.json", "--log", s.folder + "/airings.sqlite"]).stdout
        #expect(shown.contains("THE CONFIGURATION IS REFUSED: airing the last valid configuration"), "\(shown)")
        // Mended: the current configuration replaces the kept one, and the warning goes.
        try s.write("loa.toml", valid)
        try await s.waitFor("the mended configuration reloaded") { s.stderr.contains("no longer needed") }
        try await s.waitFor("the status without the warning") { StatusFile(path: s.folder + "/status.json").read()?.fallback == nil }
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }

    /// The daemon's start-up check and `loa check` report the same errors on the same files (it once
    /// reported 2 where check reported 3: it read headers only, check decoded every file).
    @Test func theStartUpCheckReportsWhatLoaCheckReports() async throws {
        let s = try TestStation()
        try s.tone("a.wav", hz: 440, seconds: 1)
        let whole = try #require(FileManager.default.contents(atPath: s.folder + "/a.wav"))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: s.folder + "/cut.wav"))
        try s.write("loa.toml", s.main(device: "loa_cap") + s.slot(inSeconds: 60, maxLength: "1m"))
        try s.write("announcements.d/a.toml", Self.approved + item("a") + item("cut") + item("gone") + """

            [[announcement]]
            id = "lost"
            title = "Lạc buổi"
            audio = "../a.wav"
            slots = ["trua"]
            """)
        try s.start()
        let exit = await s.waitForExit(seconds: 30)
        #expect(exit?.status == 1, "\(s.stderr)")
        func errors(_ text: String) -> Set<String> {
            // One diagnostic a line: the daemon's journal prefixes its level ("error: ").
            Set(text.split(separator: "\n").map { $0.hasPrefix("error: ") ? String($0.dropFirst(7)) : String($0) }
                .filter { $0.hasPrefix("announcements.d/") && $0.contains("error[") }
                .map { $0.components(separatedBy: " — only this item fails").first ?? $0 })
        }
        let check = try run(Paths.loa, ["check", "--quiet", "--config", s.folder + "/loa.toml"])
        let checked = errors(check.stdout)
        #expect(checked.count == 3, "\(check.stdout)")
        #expect(errors(s.stderr) == checked, "daemon:\n\(s.stderr)\ncheck:\n\(check.stdout)")
    }

    /// systemd's STATUS= line says when the last valid configuration airs, and how many recordings fail.
    @Test func theStatusLineSaysTheLastValidConfigurationAirs() throws {
        let resolver = LocalTimeResolver(timeZone: try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh")))
        var snapshot = StatusSnapshot(station: "Đài", updatedMs: 0, revision: "r", onAir: [], next: nil, faults: [], resolver: resolver)
        #expect(!snapshot.line().contains("LAST VALID"))
        snapshot.fallback = "airing the last valid configuration (revision r) since … because loa.toml has 1 error"
        snapshot.itemFaults = ["a", "b"]
        #expect(snapshot.line().hasPrefix("CẤU HÌNH LỖI, PHÁT CẤU HÌNH CŨ / airing the LAST VALID configuration"), "\(snapshot.line())")
        #expect(snapshot.line().contains("2 tệp âm thanh lỗi / recording(s) that cannot be read"), "\(snapshot.line())")
    }

    /// With nothing kept (the first start ever), a configuration that cannot be parsed stops the start.
    @Test func withNoValidConfigurationKeptABrokenOneStopsTheStart() async throws {
        let s = try TestStation()
        try s.write("loa.toml", "[[[station]]]\n")
        try s.start()
        let exit = await s.waitForExit(seconds: 20)
        #expect(exit?.status == 1 && exit?.signaled == false, "\(s.stderr)")
        #expect(s.stderr.contains("no earlier valid configuration"), "\(s.stderr)")
    }
}
