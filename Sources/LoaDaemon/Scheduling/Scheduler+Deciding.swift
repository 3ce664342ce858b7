import Foundation
import Logging
import LoaAudio
import LoaCore
import LoaLog

/// What is due now: started, logged missed or cut, and when to wake next.
extension Scheduler {
    func decideAndStart() -> Int64 {
        let now = clock.nowMs()
        var busy = Set(running.values.flatMap(\.session.devices))
        startEmergencies(now: now, busy: &busy)
        let (sessions, from, through) = programme.sessions(around: now)
        recordPlan(sessions, now: now)
        var done = Set<String>()
        do {
            let recorded = try ledger.recordedInstances(from: from, through: through)
            lastRecorded = recorded
            launchedSinceRead = []
            done = AttemptRule.settled(recorded, policy: policy)
            again = AttemptRule.again(recorded, policy: policy)
        } catch {
            // Decided from the last read and what was started since: nothing started is started again.
            logger.error("\(LocalizedText(en: "cannot read the airing log: \(error); deciding from what was read before", vi: "không đọc được nhật ký phát sóng: \(error); quyết định theo lần đọc trước").journal)")
            done = AttemptRule.settled(lastRecorded, policy: policy).union(launchedSinceRead)
        }
        let inFlight = Set(running.values.flatMap { $0.session.items.map(\.identity.description) } + unlogged.values.joined())
        let decision = DueDecider.decide(sessions, done: done, inFlight: inFlight, busyDevices: busy, nowMs: now, policy: policy)
        let missed = decision.missed.filter { $0.dueMs >= historyStartMs }
        if !missed.isEmpty {
            let reason = firstPass ? "loa không chạy vào giờ phát (loa was not running when it was due)"
                : clockStepped ? "đồng hồ bị chỉnh qua giờ phát (the clock was set past it)"
                : "quá thời gian chờ cho phép (past its grace window)"
            recordNotAired(missed, reason: reason)
        }
        recordCut(decision.cut)
        for start in decision.start { launch(start.session, atMs: start.atMs, trigger: start.late ? .late : .schedule, emergency: false) }
        firstPass = false
        clockStepped = false
        plannedNext = nextAiring(sessions, done: done.union(inFlight), now: now)
        let midnight = programme.nextMidnight(after: now) + 1000
        let wake = min(decision.wakeAtMs ?? midnight, midnight)
        wakeAtMs = wake
        publishStatus()
        return wake
    }

    /// Items of a late session that would end after it: missed, each with its session's length in the reason.
    func recordCut(_ cut: [DueDecision.Cut]) {
        for (reason, group) in Dictionary(grouping: cut, by: \.reason) { recordNotAired(group.map(\.airing), reason: reason) }
    }

    /// Queued: until written, the next decision finds them missed again, and the log keeps the first
    /// (a planned identity is recorded once), so the journal counts only the rows added.
    func recordNotAired(_ airings: [PlannedAiring], reason: String) {
        let revision = programme.revision, logger = logger
        writer.enqueue({ log throws(LogError) in
            let added = try log.recordNotAired(airings, reason: reason, configRevision: revision)
            if added > 0 { logger.warning("\(LocalizedText(en: "\(added) airing(s) missed: \(reason)", vi: "\(added) lần phát bị lỡ: \(reason)").journal)") }
        }, orElse: { error in logger.error("\(LocalizedText(en: "cannot record missed airings: \(error)", vi: "không ghi được các lần phát bị lỡ: \(error)").journal)") })
    }

    /// Keeps today's and tomorrow's plan in the log once per revision and day, so that a report of
    /// these days shows what this configuration planned, whatever happens to its files later.
    func recordPlan(_ sessions: [AirSession], now: Int64) {
        let today = programme.resolver.local(now).date
        if let last = recordedPlan, last.revision == programme.revision, last.day == today { return }
        let days = [today, today.adding(days: 1)]
        let airings = sessions.flatMap(\.items).filter { days.contains($0.date) }
        let revision = programme.revision, order = programme.timetable.announcements.map(\.id), logger = logger
        recordedPlan = (revision, today)
        writer.enqueue({ log throws(LogError) in
            try log.recordPlan(airings, days: days, revision: revision, nowMs: now, order: order)
        }, orElse: { [weak self] error in
            logger.error("\(LocalizedText(en: "cannot keep the plan in the airing log: \(error)", vi: "không lưu được lịch dự kiến vào nhật ký phát sóng: \(error)").journal)")
            Task { await self?.forgetRecordedPlan() }
        })
    }

    /// The plan could not be kept: the next decision tries again.
    func forgetRecordedPlan() {
        recordedPlan = nil
    }

    func nextAiring(_ sessions: [AirSession], done: Set<String>, now: Int64) -> PlannedAiring? {
        sessions.flatMap(\.items).filter { $0.startMs > now && !done.contains($0.identity.description) && $0.kind == .item }
            .min { $0.startMs < $1.startMs }
    }
}
