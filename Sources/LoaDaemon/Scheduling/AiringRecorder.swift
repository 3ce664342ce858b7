import Logging
import LoaAudio
import LoaCore
import LoaLog
import Synchronization

/// Writes one session's airings to the log as the player reports them, once for all its devices: in
/// each zone the outcome of the zone's device, and overall aired if any zone aired whole
/// (`ZoneOutcome.overall`).
///
/// The player calls `handle` on its output thread just before an item's first frame (for a session's
/// first item, just after it: at its instant) and just after its last, and waits for it; so `handle` only notes the event and queues the rows on the log's writer
/// (`LogWriteQueue`), whose order keeps each item's `on_air` row before its end. The `on_air` row is
/// therefore committed as the item starts to play, never before (a row written in the pre-roll said an
/// airing a stop or a kill then prevented was on air), and a locked log delays the row, not the sound.
/// Killed between the first sample and that commit, loa leaves no row: the item is due again at the
/// next start (aired again from its start, as one cut by a crash is), or missed past its grace.
final class AiringRecorder: Sendable {
    struct Finished: Sendable, Hashable {
        var airing: PlannedAiring
        var outcome: Outcome
    }

    private struct State {
        /// The rows written, by item index (set on the writer's thread).
        var ids: [Int: AiringID] = [:]
        var startedNs: [Int: Int64] = [:]
        var ended: [Int: [String: PlayerEvent.Kind]] = [:]
        var endedNs: [Int: [String: Int64]] = [:]
        var stopReason = AiringLog.stoppedReason
        var finished: [Finished] = []
        var finishedIndices: [Int] = []
        /// Why items failed, file or device: what `loa announce` is told of a failed request.
        var faults: [String] = []
        /// A progress write is queued and not done: another would only repeat it.
        var progressQueued = false
    }

    /// An item's end as the events say it, worked out on the output thread and written by the writer.
    private struct Ending: Sendable {
        var index: Int
        var airing: PlannedAiring
        var outcome: Outcome
        var endMs: Int64
        var playedMs: Int64
        var reason: String?
        var zones: [ZoneOutcome]
        var failures: [String]
        /// No device could play it, so it never started: its row is written with its end.
        var neverStarted: Bool
    }

    let airings: [PlannedAiring]
    let devices: Set<String>
    let trigger: Trigger
    let retry: Set<String>
    /// Zone id → its ALSA device, from the timetable the session was started with.
    let zoneDevices: [String: String]
    let revision: String
    let writer: LogWriteQueue
    let logger: Logger
    let sessionStartMs: Int64
    /// SHA-256 by audio path, taken when the programme was loaded (or the request was taken).
    let audioHashes: [String: String]
    /// SHA-256 of a notice's text, by the path of the audio read from it.
    let textHashes: [String: String]
    /// Told (outside the lock) after an item's start and end: the status file follows them.
    let onChange: @Sendable () -> Void
    private let state = Mutex(State())

    init(airings: [PlannedAiring], devices: [String], trigger: Trigger, retry: Set<String>, revision: String,
         writer: LogWriteQueue, logger: Logger, sessionStartMs: Int64 = 0, zoneDevices: [String: String] = [:],
         audioHashes: [String: String] = [:], textHashes: [String: String] = [:], onChange: @escaping @Sendable () -> Void = {}) {
        self.zoneDevices = zoneDevices
        self.audioHashes = audioHashes
        self.textHashes = textHashes
        self.sessionStartMs = sessionStartMs
        self.onChange = onChange
        self.airings = airings
        self.devices = Set(devices)
        self.trigger = trigger
        self.retry = retry
        self.revision = revision
        self.writer = writer
        self.logger = logger
    }

    /// Why items cut short will be logged as interrupted.
    func setStopReason(_ reason: String) {
        state.withLock { $0.stopReason = reason }
    }

    var finished: [Finished] { state.withLock { $0.finished } }
    var faults: [String] { state.withLock { $0.faults } }
    var stopReason: String { state.withLock { $0.stopReason } }

    /// The items on air now (started, not ended on every device) and those not started yet, by index.
    func progress() -> (playing: [Int], notStarted: [Int]) {
        state.withLock { s in
            let ended = Set(s.finishedIndices)
            let playing = s.startedNs.keys.filter { !ended.contains($0) }.sorted()
            let notStarted = airings.indices.filter { s.startedNs[$0] == nil && !ended.contains($0) && s.ended[$0] == nil }
            return (playing, notStarted)
        }
    }

    func handle(_ event: PlayerEvent) {
        guard airings.indices.contains(event.index) else { return }
        let airing = airings[event.index]
        enum Change { case started(Int64), ended(Ending), none }
        let change: Change = state.withLock { s in
            switch event.kind {
            case .willStart:
                guard s.startedNs[event.index] == nil else { return .none }
                // The first item's willStart comes at the session's instant; it plays from then.
                let startMs = max(event.atNs / 1_000_000, sessionStartMs)
                s.startedNs[event.index] = startMs * 1_000_000
                return .started(startMs)
            case .ended:
                s.ended[event.index, default: [:]][event.device] = event.kind
                s.endedNs[event.index, default: [:]][event.device] = event.atNs
                guard s.ended[event.index]?.count == devices.count else { return .none }
                let ending = ending(index: event.index, airing: airing, endNs: event.atNs, state: &s)
                s.finishedIndices.append(event.index)
                return .ended(ending)
            }
        }
        switch change {
        case .started(let startMs): queueStart(index: event.index, airing: airing, startMs: startMs)
        case .ended(let ending): queueEnd(ending)
        case .none: return
        }
        onChange()
    }

    private func start(of airing: PlannedAiring, atMs: Int64) -> AiringStart {
        AiringStart(airing, startMs: atMs, trigger: trigger, audioSHA256: audioHashes[airing.audio.path], configRevision: revision,
                    textSHA256: textHashes[airing.audio.path])
    }

    private func queueStart(index: Int, airing: PlannedAiring, startMs: Int64) {
        let start = start(of: airing, atMs: startMs), zones = zoneDevices(of: airing)
        let retry = retry.contains(airing.identity.description), logger = logger, trigger = trigger
        writer.enqueue({ log throws(LogError) in
            let id = try log.begin(start, zoneDevices: zones, retry: retry)
            self.state.withLock { $0.ids[index] = id }
            logger.info("\(LocalizedText(en: "on air: \(airing.title)", vi: "đang phát: \(airing.title)").journal)", metadata: ["airing": "\(airing.identity)", "trigger": "\(trigger.rawValue)"])
        }, orElse: { error in
            logger.error("\(LocalizedText(en: "could not record the start of \(airing.identity): \(error)", vi: "không ghi được lúc bắt đầu phát \(airing.identity): \(error)").journal)")
        })
    }

    /// The item's end, then each device fault it met: one transaction each, so a job run again after the
    /// log was locked never repeats one that was written.
    private func queueEnd(_ e: Ending) {
        let logger = logger, revision = revision
        if e.neverStarted {
            // It failed, and is logged so (else it would be tried again and again until its grace ran out,
            // and then called missed).
            let start = start(of: e.airing, atMs: e.endMs), zones = zoneDevices(of: e.airing)
            let retry = retry.contains(e.airing.identity.description)
            writer.enqueue({ log throws(LogError) in
                let id = try log.begin(start, zoneDevices: zones, retry: retry)
                self.state.withLock { $0.ids[e.index] = id }
            }, orElse: { error in logger.error("\(LocalizedText(en: "could not record the failure of \(e.airing.identity): \(error)", vi: "không ghi được lần phát hỏng \(e.airing.identity): \(error)").journal)") })
        }
        writer.enqueue({ log throws(LogError) in
            // Never started and not written: not aired, still due.
            guard let id = self.state.withLock({ $0.ids[e.index] }) else { return }
            try log.finish(id, outcome: e.outcome, endMs: e.endMs, playedMs: e.playedMs, reason: e.reason, zones: e.zones)
            if e.outcome == .aired && e.failures.isEmpty {
                logger.info("\(LocalizedText(en: "aired: \(e.airing.title)", vi: "đã phát: \(e.airing.title)").journal)", metadata: ["airing": "\(e.airing.identity)"])
            } else {
                logger.warning("\(e.outcome.rawValue): \(e.airing.title): \(e.reason ?? "")", metadata: ["airing": "\(e.airing.identity)"])
            }
        }, orElse: { error in logger.error("\(LocalizedText(en: "could not record the end of \(e.airing.identity): \(error)", vi: "không ghi được lúc kết thúc phát \(e.airing.identity): \(error)").journal)") })
        for failure in e.failures {
            let event = StationEvent(atMs: e.endMs, kind: .deviceFault, detail: "\(e.airing.title): \(failure)", configRevision: revision)
            writer.enqueue({ log throws(LogError) in try log.record(event) },
                           orElse: { error in logger.error("\(LocalizedText(en: "could not record a device fault: \(error)", vi: "không ghi được lỗi thiết bị: \(error)").journal)") })
        }
    }

    /// The airing's zones with their devices: from the timetable, else (a zone it no longer names) the
    /// airing's one device when it has only one.
    private func zoneDevices(of airing: PlannedAiring) -> [String: String] {
        Dictionary(uniqueKeysWithValues: airing.zones.map { zone in
            (zone, zoneDevices[zone] ?? (airing.devices.count == 1 ? airing.devices[0] : ""))
        })
    }

    /// Writes how long each item on air has played (`AiringLog.noteProgress`): what a crash leaves.
    func noteProgress(nowMs: Int64) {
        let queue: Bool = state.withLock { s in
            defer { s.progressQueued = true }
            return !s.progressQueued
        }
        guard queue else { return }
        let devices = devices
        writer.enqueue({ log throws(LogError) in
            let onAir: [(AiringID, Int64)] = self.state.withLock { s in
                s.progressQueued = false
                return s.ids.compactMap { index, id in
                    guard s.ended[index]?.count != devices.count, let started = s.startedNs[index] else { return nil }
                    return (id, max(0, nowMs - started / 1_000_000))
                }
            }
            for (id, played) in onAir { try log.noteProgress(id, playedMs: played) }
        })
    }

    private func ending(index: Int, airing: PlannedAiring, endNs: Int64, state s: inout State) -> Ending {
        let ended = s.ended[index] ?? [:]
        let startNs = s.startedNs[index]
        var failures: [String] = []
        for (device, kind) in ended.sorted(by: { $0.key < $1.key }) {
            if case .ended(.failed(let why)) = kind { failures.append("\(device): \(why)") }
        }
        s.faults += failures
        let allFailed = !ended.isEmpty && ended.values.allSatisfy { if case .ended(.failed) = $0 { true } else { false } }
        var zones: [ZoneOutcome] = []
        for (zone, device) in zoneDevices(of: airing).sorted(by: { $0.key < $1.key }) {
            let played = max(0, ((s.endedNs[index]?[device] ?? endNs) - (startNs ?? endNs)) / 1_000_000)
            switch ended[device] {
            case .ended(.played)?:
                zones.append(ZoneOutcome(zone: zone, device: device, outcome: .aired, playedMs: played))
            case .ended(.stopped)?:
                zones.append(ZoneOutcome(zone: zone, device: device, outcome: .interrupted, reason: s.stopReason, playedMs: played))
            case .ended(.failed(let why))?:
                zones.append(ZoneOutcome(zone: zone, device: device, outcome: .failed, reason: why, playedMs: 0))
            case .ended(.notPlayed)?, .willStart?, nil:
                zones.append(ZoneOutcome(zone: zone, device: device, outcome: .failed,
                                         reason: "không phát trên thiết bị \(device) (not played on this device)", playedMs: 0))
            }
        }
        let outcome = zones.isEmpty ? .failed : ZoneOutcome.overall(zones)
        let reason: String?
        switch outcome {
        case .interrupted: reason = s.stopReason
        case .aired: reason = failures.isEmpty ? nil : failures.joined(separator: "; ")
        default: reason = failures.isEmpty ? zones.compactMap(\.reason).first : failures.joined(separator: "; ")
        }
        let neverStarted = startNs == nil && allFailed
        // An item that never started and did not fail everywhere (stopped first) has no row: still due.
        if startNs != nil || neverStarted { s.finished.append(Finished(airing: airing, outcome: outcome)) }
        return Ending(index: index, airing: airing, outcome: outcome, endMs: max(endNs / 1_000_000, sessionStartMs),
                      playedMs: max(0, (endNs - (startNs ?? endNs)) / 1_000_000), reason: reason, zones: zones,
                      failures: failures, neverStarted: neverStarted)
    }
}
