import Foundation
import LoaDaemon
import LoaLog
import LoaTestSupport
import Testing
@testable import LoaWeb

/// The reading pages over a real airing log (written by loa-log-fixture) and a status file.
@Suite struct ConsolePagesTests {
    /// A month of the fixture station's airings: two a day, with some missed, failed and interrupted.
    func writeLog(_ h: ConsoleHarness) throws {
        let made = try run(Paths.product("loa-log-fixture"), [h.config, h.settings.log, "2023-11-15", "2023-12-15", "2023-11-20"])
        #expect(made.status == 0, "\(made.stderr)")
    }

    static func rows(_ html: String) -> Int { html.components(separatedBy: "<tr class=\"o-").count - 1 }

    @Test func theLogbookPagesThroughTheWholeLogNewestFirstWithoutOverlap() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        try writeLog(h)
        let total = try AiringLogReader(path: h.settings.log).count()
        #expect(total > LogbookPage.pageSize)
        let viewer = h.client()
        _ = try await viewer.login("xem")
        let first = try await viewer.request("/logbook")
        #expect(Self.rows(first.body) == LogbookPage.pageSize)
        #expect(first.body.contains("15/12/2023"))
        let older = try #require(ConsoleHarness.Client.href(id: "older", in: first.body))
        let second = try await viewer.request(older)
        #expect(Self.rows(second.body) == total - LogbookPage.pageSize)
        #expect(second.body.contains("15/11/2023"))
        #expect(!second.body.contains("id=\"older\""))

        let missed = try await viewer.request("/logbook?outcome=missed")
        let missedCount = try AiringLogReader(path: h.settings.log).count(AiringFilter(outcomes: [.missed]))
        #expect(missedCount > 0)
        #expect(Self.rows(missed.body) == min(missedCount, LogbookPage.pageSize))
        #expect(Self.rows(missed.body) == missed.body.components(separatedBy: "<tr class=\"o-missed\"").count - 1)
        // The whole day the station was down is there with its reason.
        let down = try await viewer.request("/logbook?from=20/11/2023&to=2023-11-20")
        #expect(Self.rows(down.body) == 2)
        #expect(down.body.contains("bị lỡ"))

        let wrong = try await viewer.request("/logbook?from=31/02/2023")
        #expect(wrong.body.contains("không phải là ngày"))
    }

    @Test func theReportDownloadsAsCSVAndXLSXAndPrints() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        try writeLog(h)
        let viewer = h.client()
        _ = try await viewer.login("xem")
        let query = "campaign=" + ConsoleHarness.Client.encode("Tháng hành động vì bình đẳng giới 2023")
        let page = try await viewer.request("/report?" + query)
        #expect(page.body.contains("id=\"report-csv\""))
        let csv = try await viewer.request("/report/download.csv?" + query)
        #expect(csv.status == 200)
        #expect(csv.headers.lowercased().contains("content-type: text/csv"))
        #expect(csv.headers.contains("attachment; filename=\"bao-cao-thang-hanh-dong-vi-binh-dang-gioi-2023-2023-11-15-2023-12-15.csv\""))
        #expect(csv.body.contains("chu-de"))
        let xlsx = try await viewer.request("/report/download.xlsx?" + query)
        #expect(xlsx.status == 200)
        #expect(xlsx.headers.contains("spreadsheetml"))
        let printed = try await viewer.request("/report/view?" + query)
        #expect(printed.status == 200)
        #expect(printed.body.contains("Tháng hành động vì bình đẳng giới 2023"))
    }

    @Test func todayShowsWhatTheStatusFileSaysAndARefusedConfiguration() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let nowMs = Int64(Date().timeIntervalSince1970 * 1000)
        let status = """
            {"station": "Đài truyền thanh xã Cao Lâu", "updated": "2026-12-07 06:00:05", "pid": 4242, "configRevision": "abc",
             "onAir": [{"identity": "x", "title": "Chủ đề Tháng hành động", "start": "2026-12-07 06:00:00", "zones": ["toan-xa"]}],
             "next": {"identity": "y", "title": "Phòng, chống bạo lực gia đình", "start": "2026-12-07 17:00:00", "zones": ["toan-xa", "thon-na-mu"]},
             "faults": ["thon-na-mu: plughw:1,0 không mở được (No such device)"],
             "updatedMs": \(nowMs), "untilMs": \(nowMs + 3_600_000), "zones": ["toan-xa", "thon-na-mu"],
             "refusedReload": {"at": "2026-12-07 05:59:00", "count": 1, "errors": ["announcements.d/x.toml:3:8: error[invalid-date]: from: không có ngày 31/02/2026"]}}
            """
        try FileManager.default.createDirectory(atPath: h.folder + "/run", withIntermediateDirectories: true)
        try status.write(toFile: h.settings.status, atomically: true, encoding: .utf8)
        let viewer = h.client()
        _ = try await viewer.login("xem")
        for path in ["/today", "/today/live"] {
            let page = try await viewer.request(path)
            #expect(page.body.contains("Chủ đề Tháng hành động"), "\(path)")
            #expect(page.body.contains("Phòng, chống bạo lực gia đình"), "\(path)")
            #expect(page.body.contains("plughw:1,0 không mở được"), "\(path)")
            #expect(page.body.contains("không có ngày 31/02/2026"), "\(path)")
            #expect(page.body.contains("loa đang chạy"), "\(path)")
        }
    }

    /// The officer reads zones as loa.toml names them (Thôn Nà Mu), not their ids (thon-na-mu), on Hôm
    /// nay, in the logbook and in the plan; a zone no longer configured keeps its id.
    @Test func zonesAreShownByTheirNamesAndAZoneNoLongerConfiguredByItsID() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        try writeLog(h)
        let nowMs = Int64(Date().timeIntervalSince1970 * 1000)
        let status = """
            {"station": "Đài truyền thanh xã Cao Lâu", "updated": "2026-12-07 06:00:05", "pid": 4242, "configRevision": "abc",
             "onAir": [{"identity": "x", "title": "Chủ đề Tháng hành động", "start": "2026-12-07 06:00:00", "zones": ["thon-na-mu"]}],
             "next": {"identity": "y", "title": "Phòng, chống bạo lực gia đình", "start": "2026-12-07 17:00:00", "zones": ["toan-xa", "thon-cu"]},
             "faults": [], "updatedMs": \(nowMs), "untilMs": \(nowMs + 3_600_000), "zones": ["toan-xa", "thon-na-mu"]}
            """
        try FileManager.default.createDirectory(atPath: h.folder + "/run", withIntermediateDirectories: true)
        try status.write(toFile: h.settings.status, atomically: true, encoding: .utf8)
        let viewer = h.client()
        _ = try await viewer.login("xem")
        for path in ["/today", "/today/live"] {
            let page = try await viewer.request(path)
            #expect(page.body.contains("</strong> → Thôn Nà Mu"), "\(path)")
            #expect(page.body.contains("</strong> → Toàn xã, thon-cu"), "\(path)")
        }

        let logbook = try await viewer.request("/logbook?zone=thon-na-mu")
        #expect(Self.rows(logbook.body) > 0)
        #expect(Self.rows(logbook.body) == logbook.body.components(separatedBy: " · Thôn Nà Mu").count - 1
            + logbook.body.components(separatedBy: " · Toàn xã, Thôn Nà Mu").count - 1)
        #expect(!logbook.body.contains("· thon-na-mu") && !logbook.body.contains(", thon-na-mu"))

        let plan = try await viewer.request("/plan?week=2023-11-20")
        #expect(plan.status == 200)
        #expect(plan.body.contains("<div class=\"sub\">Toàn xã</div>"))
        #expect(!plan.body.contains("<div class=\"sub\">toan-xa"))
    }

    /// The console keeps the configuration it checked while its files are untouched; an edit (here a
    /// zone renamed, the file rewritten at once) shows on the next page, not after a restart.
    @Test func anEditedConfigurationShowsOnTheNextPage() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        try writeLog(h)
        let viewer = h.client()
        _ = try await viewer.login("xem")
        let before = try await viewer.request("/logbook?zone=thon-na-mu")
        #expect(before.body.contains("Thôn Nà Mu"))
        let text = try String(contentsOfFile: h.config, encoding: .utf8)
        try text.replacingOccurrences(of: "name = \"Thôn Nà Mu\"", with: "name = \"Bản Nà Mu\"")
            .write(toFile: h.config, atomically: false, encoding: .utf8)
        let after = try await viewer.request("/logbook?zone=thon-na-mu")
        #expect(after.body.contains("Bản Nà Mu"))
        #expect(!after.body.contains("Thôn Nà Mu"))
    }

    /// The logbook filtered by a zone asks each stored combination of zones holding it through the index
    /// on zones and merges them: the pages hold every airing heard in the zone, newest first, each once.
    @Test func aZonesLogbookPagesThroughEveryAiringHeardThereNewestFirst() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        try writeLog(h)
        let reader = try AiringLogReader(path: h.settings.log)
        #expect(try reader.zoneCombinations(holding: "thon-na-mu")?.count ?? 0 >= 1)
        for zone in ["toan-xa", "thon-na-mu", "thon-cu"] {
            for outcomes in [Set<Outcome>(), [.missed]] {
                let filter = AiringFilter(zone: zone, outcomes: outcomes)
                let expected = try reader.records(filter).sorted { ($0.plannedStartMs, $0.id.rawValue) > ($1.plannedStartMs, $1.id.rawValue) }
                var seen: [AiringRecord] = []
                var cursor: AiringLogReader.PageCursor?
                while true {
                    let page = try reader.page(filter, before: cursor, limit: 7)
                    seen += page
                    guard page.count == 7, let last = page.last else { break }
                    cursor = .init(plannedStartMs: last.plannedStartMs, id: last.id.rawValue)
                }
                #expect(seen.map(\.id) == expected.map(\.id), "\(zone) \(outcomes)")
                #expect(zone != "thon-cu" || seen.isEmpty)
            }
        }
    }

    /// A station airing every minute has 1,440 airings by the end of the day: Hôm nay shows the newest
    /// in time order and links to the whole day in the logbook, instead of a page of every one.
    @Test func aBusyDayShowsItsNewestAiringsAndLinksToTheWholeDay() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let station = h.folder + "/busy"
        try FileManager.default.createDirectory(atPath: station + "/announcements.d/audio", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: ConsoleHarness.recording, toPath: station + "/announcements.d/audio/tin.wav")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh"))
        let day = calendar.dateComponents([.year, .month, .day], from: Date())
        let today = String(format: "%04d-%02d-%02d", day.year ?? 0, day.month ?? 0, day.day ?? 0)
        try """
            [station]
            name = "Đài truyền thanh xã Cao Lâu"
            timezone = "Asia/Ho_Chi_Minh"
            [zones.toan-xa]
            name = "Toàn xã"
            device = "default"
            """.write(toFile: station + "/loa.toml", atomically: true, encoding: .utf8)
        try """
            campaign = "Tin mỗi phút"
            from = \(today)
            until = \(today)
            approved_by = "Vi Văn Thái"
            [[announcement]]
            id = "moi-phut"
            title = "Bản tin mỗi phút"
            audio = "audio/tin.wav"
            every = "1m"
            between = ["00:00", "23:59"]
            zones = ["toan-xa"]
            """.write(toFile: station + "/announcements.d/moi-phut.toml", atomically: true, encoding: .utf8)
        let made = try run(Paths.product("loa-log-fixture"), [station + "/loa.toml", h.settings.log, today, today])
        #expect(made.status == 0, "\(made.stderr)")
        let total = try AiringLogReader(path: h.settings.log).count()
        #expect(total > TodayPage.shownAirings)

        let viewer = h.client()
        _ = try await viewer.login("xem")
        let page = try await viewer.request("/today")
        #expect(Self.rows(page.body) == TodayPage.shownAirings)
        #expect(page.body.contains("\(TodayPage.shownAirings) / \(total)"))
        #expect(page.body.contains("/logbook?from=\(today)&amp;to=\(today)"))
        // The evening is shown in time order; the morning is left to the logbook.
        let times = page.body.components(separatedBy: "<td class=\"nowrap\">").dropFirst().map { String($0.prefix(5)) }.filter { $0.contains(":") }
        #expect(times.count == TodayPage.shownAirings)
        #expect(times == times.sorted())
        #expect(times.first ?? "" > "22:00")
        #expect(!times.contains("00:00"))
    }

    @Test func anUrgentNoticeIsNotHandedInWhileLoaIsNotRunning() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let officer = h.client()
        let csrf = try await officer.login("canbo")
        let upload = try await officer.request("/upload", method: "POST", headers: ["X-CSRF-Token: \(csrf)", "X-File-Name: khan.wav"],
                                               dataFile: ConsoleHarness.recording)
        let token = try #require(try JSONDecoder().decode([String: String].self, from: Data(upload.body.utf8))["token"])
        let sent = try await officer.request("/urgent", method: "POST",
                                             form: [("csrf", csrf), ("content", "audio"), ("upload", token), ("mode", "emergency")])
        #expect(sent.status == 422)
        #expect(sent.body.contains("loa không chạy"))
    }

    @Test func anUrgentNoticeIsHandedInAsLoaAnnounceHandsItIn() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let emergency = RequestFolder(path: h.folder + "/var/emergency")
        try emergency.prepare()
        let nowMs = Int64(Date().timeIntervalSince1970 * 1000)
        try FileManager.default.createDirectory(atPath: h.folder + "/run", withIntermediateDirectories: true)
        try """
            {"station": "Cao Lâu", "updated": "now", "pid": 1, "configRevision": "r", "onAir": [], "faults": [],
             "updatedMs": \(nowMs), "untilMs": \(nowMs + 3_600_000), "zones": ["toan-xa", "thon-na-mu"], "emergencyFolder": "\(emergency.path)"}
            """.write(toFile: h.settings.status, atomically: true, encoding: .utf8)
        let officer = h.client()
        let csrf = try await officer.login("canbo")
        let upload = try await officer.request("/upload", method: "POST", headers: ["X-CSRF-Token: \(csrf)", "X-File-Name: khan.wav"],
                                               dataFile: ConsoleHarness.recording)
        let token = try #require(try JSONDecoder().decode([String: String].self, from: Data(upload.body.utf8))["token"])
        let unknownZone = try await officer.request("/urgent", method: "POST",
                                                    form: [("csrf", csrf), ("content", "audio"), ("upload", token), ("zones", "thon-khac")])
        #expect(unknownZone.status == 422)
        #expect(h.files(in: emergency.path).isEmpty)

        let sent = try await officer.request("/urgent", method: "POST",
                                             form: [("csrf", csrf), ("content", "audio"), ("upload", token), ("zones", "thon-na-mu"),
                                                    ("mode", "emergency"), ("title", "Cháy rừng ở thôn Nà Mu")])
        #expect(sent.status == 303)
        let requests = h.files(in: emergency.path).filter { $0.hasSuffix(".json") }
        #expect(requests.count == 1)
        let request = try JSONDecoder().decode(AnnounceRequest.self,
                                               from: Data(contentsOf: URL(fileURLWithPath: emergency.path + "/" + requests[0])))
        #expect(request.title == "Cháy rừng ở thôn Nà Mu")
        #expect(request.zones == ["thon-na-mu"])
        #expect(request.emergency)
        #expect(request.audio.hasPrefix(emergency.audioFolder + "/"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: request.audio)) == Data(contentsOf: URL(fileURLWithPath: ConsoleHarness.recording)))
        let follow = try await officer.request("/urgent/follow?id=\(try #require(request.id))")
        #expect(follow.body.contains("chờ loa nhận"))

        // A typed notice is read aloud with the station's voice and handed in the same way.
        let typed = try await officer.request("/urgent", method: "POST",
                                              form: [("csrf", csrf), ("content", "text"), ("mode", "next"),
                                                     ("text", "Ủy ban nhân dân xã thông báo: nước sông đang lên, bà con không qua ngầm.")])
        #expect(typed.status == 303)
        let all = h.files(in: emergency.path).filter { $0.hasSuffix(".json") && $0 != requests[0] }
        #expect(all.count == 1)
        let spoken = try JSONDecoder().decode(AnnounceRequest.self, from: Data(contentsOf: URL(fileURLWithPath: emergency.path + "/" + all[0])))
        #expect(spoken.textSHA256 != nil)
        #expect(!spoken.emergency)
        #expect(spoken.title.hasPrefix("Thông báo: Ủy ban nhân dân xã"))
        #expect(FileManager.default.contents(atPath: spoken.audio)?.prefix(4) == Data("RIFF".utf8))
    }
}
