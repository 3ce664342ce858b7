import Foundation
import Logging
import LoaAudio
import LoaCore
import LoaLog

/// Airs the programme: decides what is due (DueDecider), sleeps until the next event, starts sessions
/// on the player with pre-roll, records what was missed, preempts for emergencies, and stops with a fade.
public actor Scheduler {
    var programme: Programme
    /// Read for what is already recorded (through its own connection); written only through `writer`.
    let ledger: AiringLog
    /// Every row the scheduler and its sessions write, in order, off the scheduling path.
    public let writer: LogWriteQueue
    let player: any SessionPlayer
    let clock: any StationClock
    let probe: any AudioProbe
    let policy: GracePolicy
    let logger: Logger
    var running: [String: Running] = [:]
    /// Sessions over whose rows are still queued on the writer (a locked log): their identities count as
    /// in flight until the rows are written, so a decision reading the log meanwhile does not air them again.
    var unlogged: [String: [String]] = [:]
    var emergencies: [EmergencyRequest] = []
    /// Identities cut short (an emergency, a stop, a crash) that may air again from their start as a new
    /// attempt (`AttemptRule`), as of the last decision.
    var again: Set<String> = []
    /// The log's record as last read, and the identities started since: what a decision goes by when the
    /// log cannot be read (held in exclusive locking mode by another program).
    var lastRecorded: [String: RecordedInstance] = [:]
    var launchedSinceRead: Set<String> = []
    /// The revision and day whose plan was last kept in the log (`AiringLog.recordPlan`).
    var recordedPlan: (revision: String, day: LocalDate)?
    var stopping = false
    var firstPass = true
    var clockStepped = false
    /// The latest underruns, for the status file (which shows these ten after the failing devices).
    var faults: [String] = []
    /// Devices that cannot be used, as the airings find them: the journal's and the status file's account.
    let health: DeviceHealth
    /// Called after every decision with what is on air and what is next: the status file and sd_notify.
    let onStatus: @Sendable (StatusSnapshot) -> Void
    /// When loa first ran with this log: what was due before it was never loa's to air, so it is not "missed".
    let historyStartMs: Int64
    /// How long an announcement may wait to air (for its zones to be free, or for loa to start): later
    /// than that it is logged missed, not aired unannounced.
    let announceMaxWaitMs: Int64
    /// The next planned airing as of the last decision, and when the scheduler wakes next: the status file's.
    var plannedNext: PlannedAiring?
    var wakeAtMs: Int64?
    var refusedReload: RefusedReload?

    public init(programme: Programme, ledger: AiringLog, player: any SessionPlayer, clock: any StationClock,
                probe: any AudioProbe, policy: GracePolicy = GracePolicy(), logger: Logger, historyStartMs: Int64 = .min,
                announceMaxWaitMs: Int64 = 600_000, writer: LogWriteQueue? = nil,
                onStatus: @escaping @Sendable (StatusSnapshot) -> Void = { _ in }) {
        self.historyStartMs = historyStartMs
        self.announceMaxWaitMs = announceMaxWaitMs
        self.programme = programme
        self.ledger = ledger
        let writer = writer ?? LogWriteQueue(log: ledger)
        self.writer = writer
        self.player = player
        self.clock = clock
        self.probe = probe
        self.policy = policy
        self.logger = logger
        self.onStatus = onStatus
        health = DeviceHealth(logger: logger, writer: writer)
    }

    /// Runs until `shutdown()` or cancellation.
    public func run() async {
        while !stopping && !Task.isCancelled {
            let wake = decideAndStart()
            let reason = await clock.sleep(untilMs: wake)
            if reason == .clockStepped {
                clockStepped = true
                logger.notice("\(LocalizedText(en: "the clock was set; planning again from \(clock.nowMs())", vi: "đồng hồ vừa được chỉnh; lập lại lịch từ \(clock.nowMs())").journal)")
                record(StationEvent(atMs: clock.nowMs(), kind: .clockStep, configRevision: programme.revision))
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

    /// Stops what is on air at the next period boundary with a fade (logged interrupted) and ends `run()`.
    public func shutdown() async {
        stopping = true
        for (_, r) in running {
            r.recorder.setStopReason(AiringLog.stoppedReason)
            r.control.stop()
        }
        for (_, r) in running { await r.task.value }
        clock.interrupt()
        // What the sessions' ends queued is in the log when this returns (or, with the log locked, once
        // the lock is released: systemd's stop timeout bounds that wait).
        await writer.drain()
    }

    /// A station event, queued on the writer.
    func record(_ event: StationEvent) {
        let logger = logger
        writer.enqueue({ log throws(LogError) in try log.record(event) },
                       orElse: { error in logger.error("\(LocalizedText(en: "cannot record the station event \(event.kind.rawValue): \(error)", vi: "không ghi được sự kiện của đài \(event.kind.rawValue): \(error)").journal)") })
    }

    /// The rows of a session over are written: its identities are no longer in flight.
    func logged(_ key: String) {
        guard unlogged.removeValue(forKey: key) != nil else { return }
        clock.interrupt()
    }
}
