import Foundation
import Logging
import LoaAudio
import LoaCore
import LoaLog
import Synchronization

/// Announcements (`loa announce`, a file dropped in the emergency folder): taken, refused, or started
/// when their zones are free.
extension Scheduler {
    /// Takes an announcement: refused (logged, and told to its caller) when it names a zone the
    /// configuration does not have; otherwise queued, stopping what is on air in its zones if it preempts.
    @discardableResult
    public func announce(_ request: EmergencyRequest) -> Receipt {
        let now = clock.nowMs()
        let unknown = request.unknownZones(in: programme.timetable)
        let known = programme.timetable.zones.map(\.id)
        if !unknown.isEmpty || known.isEmpty {
            let reason = unknown.isEmpty ? "không có cụm loa nào (the configuration has no zones)"
                : "không có cụm loa \(unknown.joined(separator: ", ")) (no such zone; the zones are \(known.joined(separator: ", ")))"
            refuse(request, outcome: .failed, state: .refused, reason: reason, now: now)
            return Receipt(state: .refused, reason: reason, atMs: now)
        }
        if let requested = request.requestedMs, now - requested > announceMaxWaitMs {
            let reason = tooLate(requested, now: now)
            refuse(request, outcome: .missed, state: .expired, reason: reason, now: now)
            return Receipt(state: .expired, reason: reason, atMs: now)
        }
        emergencies.append(request)
        request.report(.accepted, atMs: now)
        if request.preempt {
            let devices = Set(request.airing(at: now, lengthMs: 0, programme: programme).devices)
            for (_, r) in running where !r.emergency && !devices.isDisjoint(with: r.session.devices) {
                r.recorder.setStopReason("ngắt để phát thông báo khẩn (interrupted by an emergency announcement: \(request.title))")
                r.control.stop()
            }
        }
        clock.interrupt()
        return Receipt(state: .accepted, atMs: now)
    }

    /// An announcement whose file failed the daemon's own check: logged failed and told to its caller;
    /// nothing on air is touched.
    public func refuseAnnouncement(_ request: EmergencyRequest, reason: String) {
        refuse(request, outcome: .failed, state: .refused, reason: reason, now: clock.nowMs())
    }

    func tooLate(_ requestedMs: Int64, now: Int64) -> String {
        let waited = (now - requestedMs) / 60_000, limit = announceMaxWaitMs / 60_000
        return "quá hạn: đã chờ \(waited) phút, tối đa \(limit) phút (expired: it waited \(waited) min, more than the \(limit) min allowed; not aired late)"
    }

    /// Logs an announcement that will not air (an airing row with the reason, and the journal) and tells its caller.
    func refuse(_ request: EmergencyRequest, outcome: Outcome, state: Receipt.State, reason: String, now: Int64) {
        let airing = request.airing(at: now, lengthMs: 0, programme: programme)
        logger.error("\(LocalizedText(en: "announcement not aired: \(request.title): \(reason)", vi: "thông báo không được phát: \(request.title): \(reason)").journal)")
        let revision = programme.revision, logger = logger, title = request.title
        let orElse: @Sendable (LogError) -> Void = { error in logger.error("\(LocalizedText(en: "cannot record the announcement \(title): \(error)", vi: "không ghi được thông báo \(title) vào nhật ký: \(error.text.vi)").journal)") }
        switch outcome {
        case .missed, .skipped:
            writer.enqueue({ log throws(LogError) in
                try log.recordNotAired([airing], outcome: outcome, reason: reason, configRevision: revision)
            }, orElse: orElse)
        default:
            // Two transactions, the second finding the first's row: a job run again after the log was
            // locked repeats neither.
            let row = Mutex<AiringID?>(nil)
            let start = AiringStart(airing, startMs: now, trigger: request.preempt ? .emergency : .manual, audioSHA256: nil,
                                    configRevision: revision)
            writer.enqueue({ log throws(LogError) in
                let id = try log.begin(start)
                row.withLock { $0 = id }
            }, orElse: orElse)
            writer.enqueue({ log throws(LogError) in
                guard let id = row.withLock({ $0 }) else { return }
                try log.finish(id, outcome: outcome, endMs: now, playedMs: 0, reason: reason)
            }, orElse: orElse)
        }
        request.report(state, reason: reason, atMs: now)
    }

    func startEmergencies(now: Int64, busy: inout Set<String>) {
        var waiting: [EmergencyRequest] = []
        for request in emergencies {
            if let receipt = request.receipt, receipt.folder.isWithdrawn(receipt.id) {
                refuse(request, outcome: .skipped, state: .withdrawn,
                       reason: "người gửi đã rút lại (withdrawn: `loa announce` gave up waiting for it)", now: now)
                continue
            }
            // The emergency service measured it on a thread of its own; probed here only for a caller that did not.
            let length: Int64
            if let known = request.lengthMs {
                length = known
            } else {
                switch probe.probe(path: request.audioPath) {
                case .success(let info): length = info.durationMs
                case .failure(let why):
                    let detail = if case .unreadable(let text) = why { text } else { "there is no such file" }
                    refuse(request, outcome: .failed, state: .failed, reason: "không đọc được tệp (cannot air \(request.audioPath): \(detail))", now: now)
                    continue
                }
            }
            let airing = request.airing(at: now, lengthMs: length, programme: programme)
            guard busy.isDisjoint(with: airing.devices) else {
                if let requested = request.requestedMs, now - requested > announceMaxWaitMs {
                    refuse(request, outcome: .missed, state: .expired, reason: tooLate(requested, now: now), now: now)
                } else {
                    waiting.append(request)
                }
                continue
            }
            busy.formUnion(airing.devices)
            launch(AirSession(items: [airing], slotEndMs: nil), atMs: now + 300, trigger: request.preempt ? .emergency : .manual,
                   emergency: true, request: request)
            request.report(.onAir, atMs: now + 300)
        }
        emergencies = waiting
    }
}
