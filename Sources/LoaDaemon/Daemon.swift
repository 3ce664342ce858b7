import Foundation
import Logging
import LoaAudio
import LoaCore
import LoaLog
import ServiceLifecycle

/// `loa run`: loads the configuration, opens the log, and runs the scheduler, the reloader, the
/// emergency folder and the watchdog as services until SIGTERM or SIGINT.
public enum Daemon {
    public struct Options: Sendable {
        public var paths: DaemonPaths
        public var policy: GracePolicy
        /// How long a `loa announce` request or a dropped file may wait to air; older, it is logged missed.
        public var announceMaxWaitMs: Int64

        public init(paths: DaemonPaths = DaemonPaths(), policy: GracePolicy = GracePolicy(), announceMaxWaitMs: Int64 = 600_000) {
            self.paths = paths
            self.policy = policy
            self.announceMaxWaitMs = announceMaxWaitMs
        }
    }

    /// Returns the process's exit status: 0 after a clean stop, 1 when it cannot start.
    public static func run(_ options: Options, logger: Logger) async -> Int32 {
        // SIGHUP means reload; until the reload service listens, a SIGHUP must not end the process.
        signal(SIGHUP, SIG_IGN)
        let notifier = SystemdNotifier()
        let clock: RealtimeClock
        do { clock = try RealtimeClock() } catch {
            logger.critical("\(error)")
            return 1
        }
        let choice = ConfigurationChoice(paths: options.paths, logger: logger)
        guard let programme = choice.atStart(nowMs: clock.nowMs()) else { return 1 }
        let ledger: AiringLog
        do {
            let folder = (options.paths.log as NSString).deletingLastPathComponent
            if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            ledger = try AiringLog(path: options.paths.log)
            try ledger.setStation(name: programme.timetable.station.name, timeZoneID: programme.timetable.station.timeZoneID)
            try ledger.record(StationEvent(atMs: clock.nowMs(), kind: .start, detail: "pid \(getpid())", configRevision: programme.revision))
        } catch {
            logger.critical("cannot open the airing log \(options.paths.log): \(error)")
            return 1
        }
        if !ledger.recovered.isEmpty {
            logger.warning("\(ledger.recovered.count) airing(s) were on air when loa last stopped; logged as interrupted")
        }

        // Measurements kept on disk: a restart does not measure every recording again.
        let station = programme.timetable.station
        // The settings come with each session, from the programme airing then.
        // The load's cache: what its probe hashed and measured is not read again when the item airs.
        let player = Player(cache: choice.probe.cache, logger: logger)
        // Held until the process ends: how `loa status` and `loa announce` know this daemon runs.
        let statusFolder = (options.paths.status as NSString).deletingLastPathComponent
        if !statusFolder.isEmpty { try? FileManager.default.createDirectory(atPath: statusFolder, withIntermediateDirectories: true) }
        if DaemonLiveness.hold(status: options.paths.status) == nil {
            logger.warning("cannot lock \(DaemonLiveness.lockPath(status: options.paths.status)); `loa status` will judge from the status file's times alone")
        }
        let statusFile = StatusFile(path: options.paths.status, emergencyFolder: options.paths.emergencyFolder)
        // Missed airings count only from when loa first ran here (this run's start is already recorded).
        let firstStart = (try? ledger.reader.firstStartMs()) ?? nil
        // Every row from here on is written by this queue's thread, in order, off the scheduling path.
        let writer = LogWriteQueue(log: ledger) { locked, waiting in
            if locked {
                logger.warning("the airing log \(options.paths.log) is locked by another program; \(waiting) row(s) wait, airings go on")
            } else {
                logger.notice("the airing log is free again; the waiting rows are written")
            }
        }
        let scheduler = Scheduler(programme: programme, ledger: ledger, player: player, clock: clock, probe: SndFileProbe(),
                                  policy: options.policy, logger: logger, historyStartMs: firstStart ?? clock.nowMs(),
                                  announceMaxWaitMs: options.announceMaxWaitMs, writer: writer) { snapshot in
            statusFile.write(snapshot)
            notifier.status(snapshot.line())
        }
        let services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: SchedulerService(scheduler: scheduler), successTerminationBehavior: .gracefullyShutdownGroup,
                  failureTerminationBehavior: .gracefullyShutdownGroup),
            .init(service: ReloadService(configPath: options.paths.config, choice: choice, scheduler: scheduler, writer: writer,
                                         clock: clock, notifier: notifier, logger: logger)),
            .init(service: EmergencyService(folder: RequestFolder(path: options.paths.emergencyFolder), scheduler: scheduler,
                                            probe: choice.probe, logger: logger)),
            .init(service: WatchdogService(scheduler: scheduler, notifier: notifier, logger: logger)),
        ]
        let group = ServiceGroup(configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        logger.notice("loa is on air for \(station.name): configuration revision \(programme.revision), log \(options.paths.log)")
        let readyStatus = programme.fallback.map { "CẤU HÌNH LỖI, PHÁT CẤU HÌNH CŨ / CONFIGURATION REFUSED: \($0)" }
            ?? "Đã sẵn sàng / ready — \(station.name)"
        switch notifier.ready(status: readyStatus) {
        case .sent, .noManager: break
        case .failed(let code):
            logger.error("systemd could not be told that loa is ready (\(String(cString: strerror(code)))); it may stop loa when its start times out")
        case .noLibrary(let reason):
            logger.error("systemd could not be told that loa is ready: libsystemd could not be loaded (\(reason)). Install the package libsystemd0")
        }
        do {
            try await group.run()
        } catch {
            logger.error("\(error)")
        }
        notifier.stopping(status: "Đang dừng / stopping")
        // The stop after every row queued before it; then the thread ends and the log is closed.
        let stop = StationEvent(atMs: clock.nowMs(), kind: .stop, configRevision: programme.revision)
        writer.enqueue { log throws(LogError) in try log.record(stop) }
        await writer.drain()
        writer.close()
        try? ledger.close()
        logger.notice("loa stopped")
        return 0
    }
}
