import Foundation
import LoaCore
import Testing
@testable import LoaLog

/// The record of what was planned, per-zone outcomes and the report's lists, through the library.
@Suite struct PlanRecordTests {
    typealias R = ReportTests

    @Test func aPastDayIsReportedFromItsRecordWhateverTheFilesSayNow() throws {
        let folder = try TemporaryFolder()
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        let d15 = R.plan.filter { $0.date == R.d15 && $0.kind == .item }
        try log.recordPlan(d15, days: [R.d15], revision: "r1", nowMs: R.resolver.instant(R.d15, LocalTime(hour: 5, minute: 0)!),
                           order: ["tin-tuc", "chu-de"])
        for a in d15 {
            let id = try log.begin(AiringStart(a, startMs: a.startMs, trigger: .schedule, audioSHA256: nil, configRevision: "r1"))
            try log.finish(id, outcome: .aired, endMs: a.startMs + 60_000, playedMs: 60_000)
        }
        // The files now plan nothing at all (the campaign's file was removed).
        let report = try ReportBuilder.build(plan: [], timetable: R.timetable, log: log.reader, campaign: nil,
                                             from: R.d15, through: R.d16, asOfMs: R.asOf)
        #expect(report.days[0].tally.planned == 3 && report.days[0].tally.aired == 3)
        #expect(report.unplanned == 0)
        #expect(report.plannedFromCurrentFiles == [R.d16])
        // The order of the configuration that planned them, not today's.
        #expect(report.announcements.map(\.key) == ["tin-tuc", "chu-de"])
    }

    @Test func aDayNotYetBegunIsPlannedFromTheFilesThoughTheDaemonRecordedItAhead() throws {
        let folder = try TemporaryFolder()
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        let fiveAM = R.resolver.instant(R.d15, LocalTime(hour: 5, minute: 0)!)
        try log.recordPlan(R.plan.filter { $0.kind == .item }, days: [R.d15, R.d16], revision: "r1", nowMs: fiveAM)
        // Since then the files plan only tin-tuc.
        let files = R.plan.filter { $0.identity.announcement == "tin-tuc" }
        let noon = R.resolver.instant(R.d15, LocalTime(hour: 12, minute: 0)!)
        let report = try ReportBuilder.build(plan: files, timetable: R.timetable, log: log.reader, campaign: nil,
                                             from: R.d15, through: R.d16, asOfMs: noon)
        #expect(report.plannedFromCurrentFiles == [R.d16])
        #expect(report.days.map(\.tally.planned) == [3, 1])
    }

    @Test func aReloadReplacesOnlyWhatIsNotYetDue() throws {
        let folder = try TemporaryFolder()
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        let d15 = R.plan.filter { $0.date == R.d15 && $0.kind == .item }  // 06:01, 06:03, 17:31
        try log.recordPlan(d15, days: [R.d15], revision: "r1", nowMs: R.resolver.instant(R.d15, LocalTime(hour: 5, minute: 0)!))
        // At noon a reload plans only the morning's tin-tuc: the evening chu-de goes, the past stays.
        let noon = R.resolver.instant(R.d15, LocalTime(hour: 12, minute: 0)!)
        try log.recordPlan(d15.filter { $0.identity.announcement == "tin-tuc" }, days: [R.d15], revision: "r2", nowMs: noon)
        let kept = try log.read { db in try AiringLogReader.recordedPlan(db, day: R.d15).airings.map(\.identity.description) }
        #expect(kept == ["2023-11-15/sang/chu-de/1/thon-na-mu+toan-xa", "2023-11-15/sang/tin-tuc/1/toan-xa"])
        // The same plan again changes nothing.
        try log.recordPlan(d15.filter { $0.identity.announcement == "tin-tuc" }, days: [R.d15], revision: "r2", nowMs: noon + 1)
        #expect(try log.read { db in try AiringLogReader.recordedPlan(db, day: R.d15).airings.count } == 2)
    }

    @Test func zonesExceptionsAndUnplannedInTheReport() throws {
        let folder = try TemporaryFolder()
        let reader = try R.makeLog(folder)
        let log = try AiringLog(path: folder.file("airings.sqlite"))
        // d17's evening chu-de to both zones: aired in toan-xa, the thon-na-mu card gone.
        let evening = try #require(R.plan.first { $0.date == R.d17 && $0.identity.slot == "chieu" })
        let id = try log.begin(AiringStart(evening, startMs: evening.startMs, trigger: .schedule, audioSHA256: nil, configRevision: "r"),
                               zoneDevices: ["toan-xa": "default", "thon-na-mu": "plughw:1,0"])
        let zones = [ZoneOutcome(zone: "thon-na-mu", device: "plughw:1,0", outcome: .failed, reason: "không có thiết bị", playedMs: 0),
                     ZoneOutcome(zone: "toan-xa", device: "default", outcome: .aired, playedMs: 60_000)]
        try log.finish(id, outcome: ZoneOutcome.overall(zones), endMs: evening.startMs + 60_000, playedMs: 60_000, zones: zones)
        let report = try ReportBuilder.build(plan: R.plan, timetable: R.timetable, log: reader, campaign: R.campaign,
                                             from: R.d15, through: R.d17, asOfMs: R.resolver.instant(R.d17, LocalTime(hour: 20, minute: 0)!))
        let byZone = Dictionary(uniqueKeysWithValues: report.zones.map { ($0.key, $0.tally) })
        // chu-de d17 chieu: aired overall; per zone aired in toan-xa, failed in thon-na-mu.
        #expect(report.days[2].tally.aired == 1)
        #expect(byZone["thon-na-mu"]?.failed == 2 && byZone["toan-xa"]?.failed == 1)  // d16 chieu failed in both
        let e = report.exceptions.map { "\($0.identity) \($0.attempt.map(String.init) ?? "-") \($0.outcome.rawValue) \($0.zones) \($0.airedOnRetry)" }
        #expect(e == [
            "2023-11-16/sang/chu-de/1/thon-na-mu+toan-xa 1 interrupted [\"thon-na-mu\", \"toan-xa\"] true",
            "2023-11-16/@07:30/le-phat-dong/1/thon-na-mu 1 interrupted [\"thon-na-mu\"] false",
            "2023-11-16/chieu/chu-de/1/thon-na-mu+toan-xa 1 failed [\"thon-na-mu\", \"toan-xa\"] false",
            "2023-11-17/sang/chu-de/1/thon-na-mu+toan-xa 1 missed [\"thon-na-mu\", \"toan-xa\"] false",
            "2023-11-17/chieu/chu-de/1/thon-na-mu+toan-xa 1 failed [\"thon-na-mu\"] false",
        ], "\(e)")
        #expect(report.exceptions.last?.reason == "không có thiết bị")
        #expect(report.unplannedAirings.map(\.identity) == ["2023-11-15/@09:00/chu-de/1/toan-xa"])
        #expect(report.unplannedAirings.first?.trigger == .manual)
        // The export carries the zones.
        let record = try #require(try log.reader.records().first { $0.id == id })
        #expect(record.outcome == .aired && record.zoneOutcomes == zones)
    }

    @Test func anAiringCutByACrashKeepsHowLongItHadPlayed() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("airings.sqlite")
        var log: AiringLog? = try AiringLog(path: path)
        let start = Sample.start(zones: ["thon-na-mu", "toan-xa"])
        let id = try #require(log).begin(start, zoneDevices: ["toan-xa": "default", "thon-na-mu": "plughw:1,0"])
        try #require(log).noteProgress(id, playedMs: 4_000)
        #expect(try #require(log).reader.records().first?.endMs == nil, "still on air: no end yet")
        try #require(log).close()
        log = nil
        // The next start closes it: interrupted, having played what was last noted, ended then.
        let reopened = try AiringLog(path: path)
        let r = try #require(try reopened.reader.records().first)
        #expect(r.outcome == .interrupted && r.playedMs == 4_000 && r.endMs == start.startMs + 4_000)
        #expect(r.zoneOutcomes.map(\.outcome) == [.interrupted, .interrupted] && r.zoneOutcomes.allSatisfy { $0.playedMs == 4_000 })
        // Finished airings are not touched by a late note.
        try reopened.noteProgress(id, playedMs: 9_000)
        #expect(try reopened.reader.records().first?.playedMs == 4_000)
    }
}
