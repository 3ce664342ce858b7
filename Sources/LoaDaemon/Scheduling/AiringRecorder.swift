import Logging
import LoaAudio
import LoaCore
import LoaLog
import Synchronization

/// Writes one session's airings to the log as the player reports them: `on_air` before an item's first
/// sample (the player waits for this call), the outcome after its last, once for all its devices.
final class AiringRecorder: Sendable {
    struct Finished: Sendable, Hashable {
        var airing: PlannedAiring
        var outcome: Outcome
    }

    private struct State {
        var ids: [Int: AiringID] = [:]
        var startedNs: [Int: Int64] = [:]
        var ended: [Int: [String: PlayerEvent.Kind]] = [:]
        var stopReason = AiringLog.stoppedReason
        var finished: [Finished] = []
        var finishedIndices: [Int] = []
        /// Why items failed, file or device: what `loa announce` is told of a failed request.
        var faults: [String] = []
    }

    let airings: [PlannedAiring]
    let devices: Set<String>
    let trigger: Trigger
    let retry: Set<String>
    let revision: String
    let ledger: AiringLog
    let logger: Logger
    let sessionStartMs: Int64
    /// SHA-256 by audio path, taken when the programme was loaded (or the request was taken).
    let audioHashes: [String: String]
    /// Told (outside the lock) after an item's start and end are in the log: the status file follows them.
    let onChange: @Sendable () -> Void
    private let state = Mutex(State())

    init(airings: [PlannedAiring], devices: [String], trigger: Trigger, retry: Set<String>, revision: String,
         ledger: AiringLog, logger: Logger, sessionStartMs: Int64 = 0, audioHashes: [String: String] = [:],
         onChange: @escaping @Sendable () -> Void = {}) {
        self.audioHashes = audioHashes
        self.sessionStartMs = sessionStartMs
        self.onChange = onChange
        self.airings = airings
        self.devices = Set(devices)
        self.trigger = trigger
        self.retry = retry
        self.revision = revision
        self.ledger = ledger
        self.logger = logger
    }

    /// Why items cut short will be logged as interrupted.
    func setStopReason(_ reason: String) {
        state.withLock { $0.stopReason = reason }
    }

    var finished: [Finished] { state.withLock { $0.finished } }
    var faults: [String] { state.withLock { $0.faults } }
    var stopReason: String { state.withLock { $0.stopReason } }

    /// The items on air at `nowMs` (started, not ended on every device) and those not started yet, by
    /// index. A session's first item is begun just before its instant (the row is written then, so the
    /// first sample is not held up by it) and counts as on air from the instant.
    func progress(nowMs: Int64) -> (playing: [Int], notStarted: [Int]) {
        state.withLock { s in
            let ended = Set(s.finishedIndices)
            let started = Set(s.ids.keys.filter { (s.startedNs[$0] ?? 0) <= nowMs * 1_000_000 })
            let playing = started.filter { !ended.contains($0) }.sorted()
            let notStarted = airings.indices.filter { !started.contains($0) && !ended.contains($0) && s.ended[$0] == nil }
            return (playing, notStarted)
        }
    }

    func handle(_ event: PlayerEvent) {
        guard airings.indices.contains(event.index) else { return }
        let airing = airings[event.index]
        let changed: Bool = state.withLock { s in
            switch event.kind {
            case .willStart:
                guard s.ids[event.index] == nil else { return false }
                // The first item's willStart comes during the pre-roll; it plays from the session's instant.
                let startMs = max(event.atNs / 1_000_000, sessionStartMs)
                s.startedNs[event.index] = startMs * 1_000_000
                do {
                    let id = try ledger.begin(AiringStart(airing, startMs: startMs, trigger: trigger,
                                                                 audioSHA256: audioHashes[airing.audio.path], configRevision: revision),
                                              retry: retry.contains(airing.identity.description))
                    s.ids[event.index] = id
                    logger.info("on air: \(airing.title)", metadata: ["airing": "\(airing.identity)", "trigger": "\(trigger.rawValue)"])
                } catch {
                    logger.error("could not record the start of \(airing.identity): \(error)")
                }
                return true
            case .ended:
                s.ended[event.index, default: [:]][event.device] = event.kind
                guard s.ended[event.index]?.count == devices.count else { return false }
                finish(index: event.index, airing: airing, endNs: event.atNs, state: &s)
                s.finishedIndices.append(event.index)
                return true
            }
        }
        if changed { onChange() }
    }

    private func recordUnstarted(_ airing: PlannedAiring, atNs: Int64, reason: String, state s: inout State) {
        let atMs = max(atNs / 1_000_000, sessionStartMs)
        do {
            let id = try ledger.begin(AiringStart(airing, startMs: atMs, trigger: trigger, audioSHA256: nil, configRevision: revision),
                                      retry: retry.contains(airing.identity.description))
            try ledger.finish(id, outcome: .failed, endMs: atMs, playedMs: 0, reason: reason)
        } catch {
            logger.error("could not record the failure of \(airing.identity): \(error)")
        }
        s.finished.append(Finished(airing: airing, outcome: .failed))
        logger.warning("failed: \(airing.title): \(reason)", metadata: ["airing": "\(airing.identity)"])
    }

    private func finish(index: Int, airing: PlannedAiring, endNs: Int64, state s: inout State) {
        let outcomes = Array((s.ended[index] ?? [:]).values)
        var failures: [String] = []
        var played = false, stopped = false
        for case .ended(let outcome) in outcomes {
            switch outcome {
            case .played: played = true
            case .stopped: stopped = true
            case .failed(let why): failures.append(why)
            case .notPlayed: break
            }
        }
        // One reason per cause: a file that cannot be decoded fails alike on every device.
        var distinct: [String] = []
        for failure in failures where !distinct.contains(failure) { distinct.append(failure) }
        s.faults += distinct
        guard let id = s.ids[index] else {
            // Never started on any device. Stopped first: not aired, still due. Failed (the file, or every
            // device): logged failed now, once, so it is not started again and again until its grace runs out.
            if !distinct.isEmpty { recordUnstarted(airing, atNs: endNs, reason: distinct.joined(separator: "; "), state: &s) }
            return
        }
        // Begun (its row written just before the instant) but never played on any device: a stop came
        // between. Interrupted, with the stop's reason: aired again if its session still has room.
        let neverPlayed = !played && !stopped && distinct.isEmpty
        let outcome: Outcome = stopped || neverPlayed ? .interrupted : played ? .aired : .failed
        let reason: String? = stopped || neverPlayed ? s.stopReason : distinct.isEmpty ? nil : distinct.joined(separator: "; ")
        let playedMs = max(0, (endNs - (s.startedNs[index] ?? endNs)) / 1_000_000)
        do {
            try ledger.finish(id, outcome: outcome, endMs: endNs / 1_000_000, playedMs: playedMs, reason: reason)
        } catch {
            logger.error("could not record the end of \(airing.identity): \(error)")
        }
        s.finished.append(Finished(airing: airing, outcome: outcome))
        if outcome == .aired {
            logger.info("aired: \(airing.title)", metadata: ["airing": "\(airing.identity)"])
        } else {
            logger.warning("\(outcome.rawValue): \(airing.title): \(reason ?? "")", metadata: ["airing": "\(airing.identity)"])
        }
    }
}
