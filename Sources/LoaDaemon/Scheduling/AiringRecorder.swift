import Logging
import LoaAudio
import LoaCore
import LoaLog
import Synchronization

/// Writes one session's airings to the log as the player reports them: `on_air` before an item's first
/// sample (the player waits for this call), the outcome after its last, once for all its devices: in each
/// zone the outcome of the zone's device, and overall aired if any zone aired whole (`ZoneOutcome.overall`).
final class AiringRecorder: Sendable {
    struct Finished: Sendable, Hashable {
        var airing: PlannedAiring
        var outcome: Outcome
    }

    private struct State {
        var ids: [Int: AiringID] = [:]
        var startedNs: [Int: Int64] = [:]
        var ended: [Int: [String: PlayerEvent.Kind]] = [:]
        var endedNs: [Int: [String: Int64]] = [:]
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
    /// Zone id → its ALSA device, from the timetable the session was started with.
    let zoneDevices: [String: String]
    let revision: String
    let ledger: AiringLog
    let logger: Logger
    let sessionStartMs: Int64
    /// SHA-256 by audio path, taken when the programme was loaded (or the request was taken).
    let audioHashes: [String: String]
    /// SHA-256 of a notice's text, by the path of the audio read from it.
    let textHashes: [String: String]
    /// Told (outside the lock) after an item's start and end are in the log: the status file follows them.
    let onChange: @Sendable () -> Void
    private let state = Mutex(State())

    init(airings: [PlannedAiring], devices: [String], trigger: Trigger, retry: Set<String>, revision: String,
         ledger: AiringLog, logger: Logger, sessionStartMs: Int64 = 0, zoneDevices: [String: String] = [:],
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

    /// The items on air now (started, not ended on every device) and those not started yet, by index.
    func progress() -> (playing: [Int], notStarted: [Int]) {
        state.withLock { s in
            let ended = Set(s.finishedIndices)
            let playing = s.ids.keys.filter { !ended.contains($0) }.sorted()
            let notStarted = airings.indices.filter { s.ids[$0] == nil && !ended.contains($0) && s.ended[$0] == nil }
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
                                                                 audioSHA256: audioHashes[airing.audio.path], configRevision: revision,
                                                                 textSHA256: textHashes[airing.audio.path]),
                                              zoneDevices: zoneDevices(of: airing), retry: retry.contains(airing.identity.description))
                    s.ids[event.index] = id
                    logger.info("on air: \(airing.title)", metadata: ["airing": "\(airing.identity)", "trigger": "\(trigger.rawValue)"])
                } catch {
                    logger.error("could not record the start of \(airing.identity): \(error)")
                }
                return true
            case .ended:
                s.ended[event.index, default: [:]][event.device] = event.kind
                s.endedNs[event.index, default: [:]][event.device] = event.atNs
                guard s.ended[event.index]?.count == devices.count else { return false }
                finish(index: event.index, airing: airing, endNs: event.atNs, state: &s)
                s.finishedIndices.append(event.index)
                return true
            }
        }
        if changed { onChange() }
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
        let onAir: [(AiringID, Int64)] = state.withLock { s in
            s.ids.compactMap { index, id in
                guard s.ended[index]?.count != devices.count, let started = s.startedNs[index] else { return nil }
                return (id, max(0, nowMs - started / 1_000_000))
            }
        }
        for (id, played) in onAir { try? ledger.noteProgress(id, playedMs: played) }
    }

    private func finish(index: Int, airing: PlannedAiring, endNs: Int64, state s: inout State) {
        let ended = s.ended[index] ?? [:]
        let startNs = s.startedNs[index]
        var failures: [String] = []
        for (device, kind) in ended.sorted(by: { $0.key < $1.key }) {
            if case .ended(.failed(let why)) = kind { failures.append("\(device): \(why)") }
        }
        s.faults += failures
        let allFailed = !ended.isEmpty && ended.values.allSatisfy { if case .ended(.failed) = $0 { true } else { false } }
        if s.ids[index] == nil, allFailed {
            // No device could play it, so it never started: it failed, and is logged so (else it would be
            // tried again and again until its grace ran out, and then called missed).
            let atMs = max(endNs / 1_000_000, sessionStartMs)
            s.ids[index] = try? ledger.begin(AiringStart(airing, startMs: atMs, trigger: trigger, audioSHA256: audioHashes[airing.audio.path],
                                                         configRevision: revision, textSHA256: textHashes[airing.audio.path]),
                                             zoneDevices: zoneDevices(of: airing), retry: retry.contains(airing.identity.description))
        }
        guard let id = s.ids[index] else { return }  // never started: not aired, still due
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
        let playedMs = max(0, (endNs - (startNs ?? endNs)) / 1_000_000)
        do {
            try ledger.finish(id, outcome: outcome, endMs: endNs / 1_000_000, playedMs: playedMs, reason: reason, zones: zones)
            for failure in failures {
                try ledger.record(StationEvent(atMs: endNs / 1_000_000, kind: .deviceFault, detail: "\(airing.title): \(failure)",
                                               configRevision: revision))
            }
        } catch {
            logger.error("could not record the end of \(airing.identity): \(error)")
        }
        s.finished.append(Finished(airing: airing, outcome: outcome))
        if outcome == .aired && failures.isEmpty {
            logger.info("aired: \(airing.title)", metadata: ["airing": "\(airing.identity)"])
        } else {
            logger.warning("\(outcome.rawValue): \(airing.title): \(reason ?? "")", metadata: ["airing": "\(airing.identity)"])
        }
    }
}
