import Foundation
import Logging
import LoaAudio
import LoaCore
import LoaLog

/// Airs the programme: decides what is due (DueDecider), sleeps until the next event, starts sessions
/// on the player with pre-roll, records what was missed, preempts for emergencies, and stops with a fade.
public actor Scheduler {
    public struct Running: Sendable {
        var session: AirSession
        var control: PlaybackControl
        var recorder: AiringRecorder
        var task: Task<Void, Never>
        var emergency: Bool
        var startedMs: Int64
        /// The `loa announce` request or dropped file this session airs, if it is one.
        var request: EmergencyRequest?
    }

    /// A reload refused: shown by `loa status` until a valid one is loaded.
    public struct RefusedReload: Sendable, Equatable {
        public var atMs: Int64
        /// How many errors it had; the first few of them in `errors`.
        public var count: Int
        public var errors: [String]
    }

    private var programme: Programme
    private let ledger: AiringLog
    private let player: any SessionPlayer
    private let clock: any StationClock
    private let probe: any AudioProbe
    private let policy: GracePolicy
    private let logger: Logger
    private var running: [String: Running] = [:]
    private var emergencies: [EmergencyRequest] = []
    /// Identities cut short (an emergency, a stop, a crash) that may air again from their start as a new
    /// attempt (`AttemptRule`), as of the last decision.
    private var again: Set<String> = []
    /// The revision and day whose plan was last kept in the log (`AiringLog.recordPlan`).
    private var recordedPlan: (revision: String, day: LocalDate)?
    private var stopping = false
    private var firstPass = true
    private var clockStepped = false
    /// The latest underruns, for the status file (which shows these ten after the failing devices).
    private var faults: [String] = []
    /// Devices that cannot be used, as the airings find them: the journal's and the status file's account.
    private let health: DeviceHealth
    /// Called after every decision with what is on air and what is next: the status file and sd_notify.
    private let onStatus: @Sendable (StatusSnapshot) -> Void
    /// When loa first ran with this log: what was due before it was never loa's to air, so it is not "missed".
    private let historyStartMs: Int64
    /// How long an announcement may wait to air (for its zones to be free, or for loa to start): later
    /// than that it is logged missed, not aired unannounced.
    private let announceMaxWaitMs: Int64
    /// The next planned airing as of the last decision, and when the scheduler wakes next: the status file's.
    private var plannedNext: PlannedAiring?
    private var wakeAtMs: Int64?
    private var refusedReload: RefusedReload?

    public init(programme: Programme, ledger: AiringLog, player: any SessionPlayer, clock: any StationClock,
                probe: any AudioProbe, policy: GracePolicy = GracePolicy(), logger: Logger, historyStartMs: Int64 = .min,
                announceMaxWaitMs: Int64 = 600_000, onStatus: @escaping @Sendable (StatusSnapshot) -> Void = { _ in }) {
        self.historyStartMs = historyStartMs
        self.announceMaxWaitMs = announceMaxWaitMs
        self.programme = programme
        self.ledger = ledger
        self.player = player
        self.clock = clock
        self.probe = probe
        self.policy = policy
        self.logger = logger
        self.onStatus = onStatus
        health = DeviceHealth(logger: logger, ledger: ledger)
    }

    /// Runs until `shutdown()` or cancellation.
    public func run() async {
        while !stopping && !Task.isCancelled {
            let wake = decideAndStart()
            let reason = await clock.sleep(untilMs: wake)
            if reason == .clockStepped {
                clockStepped = true
                logger.notice("the clock was set; planning again from \(clock.nowMs())")
                try? ledger.record(StationEvent(atMs: clock.nowMs(), kind: .clockStep, configRevision: programme.revision))
            }
        }
    }

    /// True while every session on air is within its expected length (plus a margin): a player stuck in
    /// an ALSA call lets its session overrun, and the watchdog then stops pinging.
    public func isHealthy() -> Bool {
        let now = clock.nowMs()
        return running.values.allSatisfy { r in
            let expected = r.session.items.reduce(Int64(0)) { $0 + $1.lengthMs } + 5_000 * Int64(r.session.items.count)
            return now <= r.startedMs + expected + 60_000
        }
    }

    public func replace(_ new: Programme) {
        programme = new
        refusedReload = nil
        clock.interrupt()
    }

    /// A reload was refused: the running configuration stays, and `loa status` shows why until a valid one.
    public func noteRefusedReload(errors: [String]) {
        refusedReload = RefusedReload(atMs: clock.nowMs(), count: errors.count, errors: Array(errors.prefix(3)))
        publishStatus()
    }

    /// A reload found nothing wrong (changed or not): a refusal shown before is over.
    public func noteGoodReload() {
        guard refusedReload != nil else { return }
        refusedReload = nil
        publishStatus()
    }

    public var currentRevision: String { programme.revision }

    /// Why the programme on air is the last valid configuration rather than the current one; nil when it is not.
    public var fallback: String? { programme.fallback }

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

    private func tooLate(_ requestedMs: Int64, now: Int64) -> String {
        let waited = (now - requestedMs) / 60_000, limit = announceMaxWaitMs / 60_000
        return "quá hạn: đã chờ \(waited) phút, tối đa \(limit) phút (expired: it waited \(waited) min, more than the \(limit) min allowed; not aired late)"
    }

    /// Logs an announcement that will not air (an airing row with the reason, and the journal) and tells its caller.
    private func refuse(_ request: EmergencyRequest, outcome: Outcome, state: Receipt.State, reason: String, now: Int64) {
        let airing = request.airing(at: now, lengthMs: 0, programme: programme)
        logger.error("announcement not aired: \(request.title): \(reason)")
        do {
            switch outcome {
            case .missed, .skipped:
                try ledger.recordNotAired([airing], outcome: outcome, reason: reason, configRevision: programme.revision)
            default:
                let id = try ledger.begin(AiringStart(airing, startMs: now, trigger: request.preempt ? .emergency : .manual,
                                                      audioSHA256: nil, configRevision: programme.revision))
                try ledger.finish(id, outcome: outcome, endMs: now, playedMs: 0, reason: reason)
            }
        } catch {
            logger.error("cannot record the announcement \(request.title): \(error)")
        }
        request.report(state, reason: reason, atMs: now)
    }

    /// Stops what is on air at the next period boundary with a fade (logged interrupted) and ends `run()`.
    public func shutdown() async {
        stopping = true
        for (_, r) in running {
            r.recorder.setStopReason(AiringLog.stoppedReason)
            r.control.stop()
        }
        for (_, r) in running { await r.task.value }
        clock.interrupt()
    }

    // MARK: - Deciding

    private func decideAndStart() -> Int64 {
        let now = clock.nowMs()
        var busy = Set(running.values.flatMap(\.session.devices))
        startEmergencies(now: now, busy: &busy)
        let (sessions, from, through) = programme.sessions(around: now)
        recordPlan(sessions, now: now)
        var done = Set<String>()
        do {
            let recorded = try ledger.recordedInstances(from: from, through: through)
            done = AttemptRule.settled(recorded, policy: policy)
            again = AttemptRule.again(recorded, policy: policy)
        } catch {
            logger.error("cannot read the airing log: \(error)")
        }
        let inFlight = Set(running.values.flatMap { $0.session.items.map(\.identity.description) })
        let decision = DueDecider.decide(sessions, done: done, inFlight: inFlight, busyDevices: busy, nowMs: now, policy: policy)
        let missed = decision.missed.filter { $0.dueMs >= historyStartMs }
        if !missed.isEmpty {
            let reason = firstPass ? "loa không chạy vào giờ phát (loa was not running when it was due)"
                : clockStepped ? "đồng hồ bị chỉnh qua giờ phát (the clock was set past it)"
                : "quá thời gian chờ cho phép (past its grace window)"
            do {
                let added = try ledger.recordNotAired(missed, reason: reason, configRevision: programme.revision)
                if added > 0 { logger.warning("\(added) airing(s) missed: \(reason)") }
            } catch {
                logger.error("cannot record missed airings: \(error)")
            }
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

    /// Rewrites the status file and systemd's STATUS= line: after every decision, and at every item's
    /// start and end (the recorders call it), so "on air" and "next" are never a session behind.
    public func publishStatus() {
        let now = clock.nowMs()
        var onAir: [PlannedAiring] = []
        var nextInSessions: [PlannedAiring] = []
        var until = wakeAtMs ?? now
        for r in running.values {
            let (playing, notStarted) = r.recorder.progress()
            onAir += playing.map { r.session.items[$0] }
            if let first = notStarted.first { nextInSessions.append(r.session.items[first]) }
            // The session's end as planned: the next rewrite comes then at the latest (or an item's end before).
            let expected = r.session.items.reduce(Int64(0)) { $0 + $1.lengthMs } + 5_000 * Int64(r.session.items.count)
            until = min(until, max(now, r.startedMs + expected))
        }
        // The planned next as of the last decision, unless it has been started since (it was due then).
        let launched = Set(running.values.flatMap { $0.session.items.map(\.identity) })
        let planned = plannedNext.flatMap { launched.contains($0.identity) ? nil : $0 }
        let next = (nextInSessions.filter { $0.kind == .item } + [planned].compactMap { $0 }).min { $0.startMs < $1.startMs }
        onStatus(StatusSnapshot(station: programme.timetable.station.name, updatedMs: now, revision: programme.revision,
                                onAir: onAir.sorted { $0.startMs < $1.startMs }, next: next,
                                faults: health.faults(resolver: programme.resolver) + faults, resolver: programme.resolver,
                                untilMs: until, zones: programme.timetable.zones.map(\.id), refusedReload: refusedReload,
                                itemFaults: programme.itemFaults.map(\.description), fallback: programme.fallback))
    }

    /// Items of a late session that would end after it: missed, each with its session's length in the reason.
    private func recordCut(_ cut: [DueDecision.Cut]) {
        for (reason, group) in Dictionary(grouping: cut, by: \.reason) {
            do {
                let added = try ledger.recordNotAired(group.map(\.airing), reason: reason, configRevision: programme.revision)
                if added > 0 { logger.warning("\(added) airing(s) missed: \(reason)") }
            } catch {
                logger.error("cannot record missed airings: \(error)")
            }
        }
    }

    /// Keeps today's and tomorrow's plan in the log once per revision and day, so that a report of
    /// these days shows what this configuration planned, whatever happens to its files later.
    private func recordPlan(_ sessions: [AirSession], now: Int64) {
        let today = programme.resolver.local(now).date
        if let last = recordedPlan, last.revision == programme.revision, last.day == today { return }
        let days = [today, today.adding(days: 1)]
        let airings = sessions.flatMap(\.items).filter { days.contains($0.date) }
        do {
            try ledger.recordPlan(airings, days: days, revision: programme.revision, nowMs: now,
                                  order: programme.timetable.announcements.map(\.id))
            recordedPlan = (programme.revision, today)
        } catch {
            logger.error("cannot keep the plan in the airing log: \(error)")
        }
    }

    private func nextAiring(_ sessions: [AirSession], done: Set<String>, now: Int64) -> PlannedAiring? {
        sessions.flatMap(\.items).filter { $0.startMs > now && !done.contains($0.identity.description) && $0.kind == .item }
            .min { $0.startMs < $1.startMs }
    }

    private func startEmergencies(now: Int64, busy: inout Set<String>) {
        var waiting: [EmergencyRequest] = []
        for request in emergencies {
            if let receipt = request.receipt, receipt.folder.isWithdrawn(receipt.id) {
                refuse(request, outcome: .skipped, state: .withdrawn,
                       reason: "người gửi đã rút lại (withdrawn: `loa announce` gave up waiting for it)", now: now)
                continue
            }
            let length: Int64
            switch probe.probe(path: request.audioPath) {
            case .success(let info): length = info.durationMs
            case .failure(let why):
                let detail = if case .unreadable(let text) = why { text } else { "there is no such file" }
                refuse(request, outcome: .failed, state: .failed, reason: "không đọc được tệp (cannot air \(request.audioPath): \(detail))", now: now)
                continue
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

    // MARK: - Playing

    private func launch(_ session: AirSession, atMs: Int64, trigger: Trigger, emergency: Bool, request: EmergencyRequest? = nil) {
        let key = session.key + "@\(atMs)"
        let control = PlaybackControl()
        var hashes = programme.audioHashes
        if let request, let sha = request.audioSHA256 { hashes[request.audioPath] = sha }
        var texts = programme.textHashes
        if let request, let sha = request.textSHA256 { texts[request.audioPath] = sha }
        let recorder = AiringRecorder(airings: session.items, devices: session.devices, trigger: trigger,
                                      retry: again, revision: programme.revision, ledger: ledger, logger: logger,
                                      sessionStartMs: atMs,
                                      zoneDevices: Dictionary(programme.timetable.zones.map { ($0.id, $0.device) }, uniquingKeysWith: { a, _ in a }),
                                      audioHashes: hashes, textHashes: texts) { [weak self] in
            Task { await self?.publishStatus() }
        }
        let items = session.items.map { airing in
            PlayItem(path: airing.audio.path, gainDB: airing.gainDB, label: airing.title,
                     failure: programme.speechFailures[airing.audio.path].map { "không đọc được thông báo (the notice could not be read aloud): \($0)" })
        }
        let player = player
        let health = health
        let resolver = programme.resolver, revision = programme.revision
        let zones = Dictionary(grouping: programme.timetable.zones.filter { session.devices.contains($0.device) }, by: \.device)
            .mapValues { $0.map(\.name) }
        // From the programme airing now, so a reload's loudness target or pause applies to the next session.
        let timetable = programme.timetable
        var settings = PlayerSettings(station: timetable.station)
        settings.pauseMs = Int(timetable.pauseMs(of: session.items.first?.slotID.flatMap(timetable.slot)))
        logger.info("starting \(session.items.count) item(s) at \(atMs) on \(session.devices.joined(separator: ", "))",
                    metadata: ["session": "\(session.key)"])
        let clock = clock
        let task = Task {
            // Every 2 s while it plays, how long each item on air has played goes into the log: a crash or
            // a power cut then leaves how long it played (a write a session second would be more disk for
            // little more truth).
            let progress = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(2))
                    if !Task.isCancelled { recorder.noteProgress(nowMs: clock.nowMs()) }
                }
            }
            let report = await player.play(items, devices: session.devices, startNs: atMs * 1_000_000, settings: settings,
                                           control: control, events: { event in
                // The device's state first: the recorder's change rewrites the status, which shows it.
                health.observe(event, airing: key, zones: zones, resolver: resolver, revision: revision)
                recorder.handle(event)
            })
            progress.cancel()
            self.ended(key, report: report)
        }
        running[key] = Running(session: session, control: control, recorder: recorder, task: task, emergency: emergency, startedMs: atMs,
                               request: request)
    }

    private func ended(_ key: String, report: PlaybackReport) {
        guard let r = running.removeValue(forKey: key) else { return }
        noteUnderruns(report, session: r.session.key)
        r.recorder.faults.forEach(noteFault)
        if let request = r.request {
            let now = clock.nowMs()
            switch r.recorder.finished.first?.outcome {
            case .aired?: request.report(.aired, atMs: now)
            case .interrupted?: request.report(.interrupted, reason: r.recorder.stopReason, atMs: now)
            default:
                let why = r.recorder.faults.joined(separator: "; ")
                request.report(.failed, reason: !why.isEmpty ? why : stopping ? AiringLog.stoppedReason : "không phát được (it could not be played)",
                               atMs: now)
            }
        }
        clock.interrupt()
    }

    /// An underrun is recovered and the airing goes on, but the loudspeakers fell silent for a moment, so
    /// the technician hears of it: in the journal, and as a device fault among the log's station events.
    /// Repeated, it means an overloaded PC or a failing sound card.
    private func noteUnderruns(_ report: PlaybackReport, session: String) {
        for output in report.outputs where output.underruns > 0 {
            let times = output.underruns == 1 ? "once" : "\(output.underruns) times"
            let detail = "\(output.device): the sound broke off \(times) during the session and went on (ALSA underrun); "
                + "if it happens often, the PC is overloaded or the sound card is failing"
            logger.warning("\(detail)", metadata: ["session": "\(session)"])
            noteFault(detail)
            try? ledger.record(StationEvent(atMs: clock.nowMs(), kind: .deviceFault, detail: detail, configRevision: programme.revision))
        }
    }

    private func noteFault(_ fault: String) {
        faults.append("\(clock.nowMs()): \(fault)")
        if faults.count > 10 { faults.removeFirst(faults.count - 10) }
    }
}
