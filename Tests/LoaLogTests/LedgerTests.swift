import Foundation
import LoaCore
import Testing
@testable import LoaLog

@Suite struct LedgerTests {
    @Test func opensInWALWithSynchronousFullAndTheSchema() throws {
        let folder = try TemporaryFolder()
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        let (mode, sync, appID) = try log.queue.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"),
             try Int32.fetchOne(db, sql: "PRAGMA application_id"))
        }
        #expect(mode == "wal")
        #expect(sync == 2)  // FULL
        #expect(appID == LogSchema.applicationID)
        #expect(try log.queue.read { try LogSchema.migrator.appliedIdentifiers($0) } == ["v1", "v2", "v3"])
    }

    @Test func twoPhaseWriteKeepsEveryField() throws {
        let folder = try TemporaryFolder()
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        let start = Sample.start(zones: ["thon-na-mu", "toan-xa"])
        let id = try log.begin(start)
        var records = try log.reader.records()
        #expect(records.count == 1)
        #expect(records[0].outcome == .onAir)
        #expect(records[0].endMs == nil)
        try log.finish(id, outcome: .aired, endMs: start.startMs + 61_234, playedMs: 61_226)
        records = try log.reader.records()
        let r = try #require(records.first)
        #expect(r.identity == "2023-11-15/sang/chu-de/1/thon-na-mu+toan-xa")
        #expect(r.attempt == 1)
        #expect(r.plannedDate == Sample.date)
        #expect(r.slot == "sang")
        #expect(r.plannedStartMs == start.plannedStartMs)
        #expect(r.startMs == start.startMs)
        #expect(r.endMs == start.startMs + 61_234)
        #expect(r.playedMs == 61_226)
        #expect(r.title == "Chủ đề Tháng hành động năm 2023")
        #expect(r.campaign == "Tháng hành động vì bình đẳng giới 2023")
        #expect(r.zones == ["thon-na-mu", "toan-xa"])
        #expect(r.devices == ["default"])
        #expect(r.audioSHA256 == String(repeating: "0f", count: 32))
        #expect(r.priority == .priority)
        #expect(r.trigger == .schedule)
        #expect(r.outcome == .aired)
        #expect(r.configRevision == "rev-1")
    }

    @Test func anInstanceIsRecordedOnce() throws {
        let folder = try TemporaryFolder()
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        let id = try log.begin(Sample.start())
        try log.finish(id, outcome: .aired, endMs: 1, playedMs: 1)
        #expect(throws: LogError.alreadyRecorded(identity: "2023-11-15/sang/chu-de/1/toan-xa", outcome: .aired)) {
            try log.begin(Sample.start())
        }
        // Even asking for a retry: it aired.
        #expect(throws: LogError.self) { try log.begin(Sample.start(), retry: true) }
        #expect(try log.reader.count() == 1)
    }

    @Test func anInterruptedInstanceMayAirAgainAsASecondAttempt() throws {
        let folder = try TemporaryFolder()
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        let first = try log.begin(Sample.start())
        try log.finish(first, outcome: .interrupted, endMs: 2, playedMs: 2, reason: "khẩn cấp: báo cháy")
        #expect(throws: LogError.self) { try log.begin(Sample.start()) }
        let second = try log.begin(Sample.start(trigger: .late), retry: true)
        try log.finish(second, outcome: .aired, endMs: 3, playedMs: 3)
        #expect(try log.reader.records().map(\.attempt) == [1, 2])
    }

    @Test func finishingTwiceOrWithAWrongOutcomeIsRefused() throws {
        let folder = try TemporaryFolder()
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        let id = try log.begin(Sample.start())
        #expect(throws: LogError.invalidOutcome(.missed)) { try log.finish(id, outcome: .missed, endMs: 1, playedMs: 0) }
        try log.finish(id, outcome: .failed, endMs: 1, playedMs: 0, reason: "thiết bị plughw:1,0 không mở được")
        #expect(throws: LogError.notOnAir(id, outcome: .failed)) { try log.finish(id, outcome: .aired, endMs: 1, playedMs: 0) }
        #expect(throws: LogError.noSuchAiring(AiringID(99))) { try log.finish(AiringID(99), outcome: .aired, endMs: 1, playedMs: 0) }
    }

    @Test func reopeningTurnsOnAirIntoInterruptedWithTheReason() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("airings.sqlite")
        var log: AiringLog? = try AiringLog(path: path)
        let id = try #require(log).begin(Sample.start())
        try #require(log).close()
        log = nil
        let reopened = try AiringLog(path: path)
        #expect(reopened.recovered == [id])
        let r = try #require(try reopened.reader.records().first)
        #expect(r.outcome == .interrupted)
        #expect(r.reason == AiringLog.stoppedReason)
        #expect(try AiringLog(path: path).recovered.isEmpty)
    }

    @Test func dueButUnrecordedAreWhatTheDaemonMustRecordAsMissed() throws {
        let folder = try TemporaryFolder()
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        let plan = (1...4).map { n in
            planned(Sample.start("thong-diep-\(n)", title: "Thông điệp số \(n)", at: LocalTime(hour: 6, minute: n)!))
        }
        let id = try log.begin(Sample.start("thong-diep-1", title: "Thông điệp số 1", at: LocalTime(hour: 6, minute: 1)!))
        try log.finish(id, outcome: .aired, endMs: 0, playedMs: 0)
        let cutoff = Sample.resolver.instant(Sample.date, LocalTime(hour: 6, minute: 3)!)
        let due = try log.dueButUnrecorded(plan, cutoffMs: cutoff)
        #expect(due.map(\.identity.announcement) == ["thong-diep-2"])
        #expect(try log.recordNotAired(due, reason: "loa không chạy lúc đến giờ phát", configRevision: "rev-1") == 1)
        // Idempotent: recording them again adds nothing.
        #expect(try log.recordNotAired(plan, reason: "x", configRevision: nil) == 2)
        #expect(try log.dueButUnrecorded(plan, cutoffMs: .max).isEmpty)
        let missed = try log.reader.records(AiringFilter(outcomes: [.missed]))
        #expect(missed.map(\.announcementID) == ["thong-diep-2", "thong-diep-3", "thong-diep-4"])
        #expect(missed[0].reason == "loa không chạy lúc đến giờ phát")
        #expect(missed[0].startMs == nil)
    }

    @Test func queriesByDateCampaignAnnouncementZoneAndOutcome() throws {
        let folder = try TemporaryFolder()
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        let d16 = Sample.date.adding(days: 1), d17 = Sample.date.adding(days: 2)
        let starts = [
            Sample.start("chu-de", zones: ["toan-xa"]),
            Sample.start("chu-de", date: d16, zones: ["toan-xa"]),
            Sample.start("le-phat-dong", title: "Lễ phát động", date: d16, zones: ["thon-na-mu"]),
            Sample.start("tin-tuc", title: "Tin tức thời sự", date: d17, zones: ["thon-na-mu", "toan-xa"], campaign: nil),
        ]
        for (n, s) in starts.enumerated() {
            let id = try log.begin(s)
            try log.finish(id, outcome: n == 1 ? .failed : .aired, endMs: 0, playedMs: 0)
        }
        let reader = log.reader
        #expect(try reader.count(AiringFilter(from: d16)) == 3)
        #expect(try reader.count(AiringFilter(from: d16, through: d16)) == 2)
        #expect(try reader.count(AiringFilter(campaign: Sample.campaign)) == 3)
        // The campaign as typed on Windows (NFD) finds the same rows.
        #expect(try reader.count(AiringFilter(campaign: Sample.campaign.decomposedStringWithCanonicalMapping)) == 3)
        #expect(try reader.count(AiringFilter(announcement: "chu-de")) == 2)
        #expect(try reader.count(AiringFilter(zone: "thon-na-mu")) == 2)
        #expect(try reader.count(AiringFilter(zone: "thon-na")) == 0)
        #expect(try reader.count(AiringFilter(outcomes: [.failed])) == 1)
        #expect(try reader.count(AiringFilter(from: d16, zone: "toan-xa", outcomes: [.aired])) == 1)
    }

    @Test func stationEventsHaveATableOfTheirOwn() throws {
        let folder = try TemporaryFolder()
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        try log.record(StationEvent(atMs: 2, kind: .deviceFault, detail: "plughw:1,0: thiết bị không phản hồi"))
        try log.record(StationEvent(atMs: 1, kind: .start, configRevision: "rev-1"))
        let events = try log.reader.events()
        #expect(events.map(\.kind) == [.start, .deviceFault])
        #expect(events[1].detail == "plughw:1,0: thiết bị không phản hồi")
        #expect(try log.reader.count() == 0)
    }

    func planned(_ s: AiringStart) -> PlannedAiring {
        PlannedAiring(identity: s.identity, kind: .item, startMs: s.plannedStartMs, dueMs: s.plannedStartMs, lengthMs: 30_000,
                      slotID: s.identity.slot, announcementID: s.announcementID, title: s.title, campaign: s.campaign,
                      zones: s.identity.zones, devices: s.devices, audio: AudioRef(written: "a.wav", path: s.audioPath ?? ""),
                      priority: s.priority, gainDB: 0)
    }
}
