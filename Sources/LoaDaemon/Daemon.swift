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
        // SIGHUP means reload, SIGTERM and SIGINT stop: read from a signalfd (blocked until then, so a
        // SIGHUP before the reload service listens waits for it, and never ends the process).
        let hangups = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let stops = AsyncStream<Int32>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let signals: SignalWatcher
        do {
            signals = try SignalWatcher { signal in
                if signal == SIGHUP { hangups.continuation.yield() } else { stops.continuation.yield(signal) }
            }
        } catch {
            logger.critical("\(error)")
            return 1
        }
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
            logger.critical("\(LocalizedText(en: "cannot open the airing log \(options.paths.log): \(error)", vi: "không mở được nhật ký phát sóng \(options.paths.log): \((error as? LogError)?.text.vi ?? "\(error)")").journal)")
            return 1
        }
        if !ledger.recovered.isEmpty {
            logger.warning("\(LocalizedText(en: "\(ledger.recovered.count) airing(s) were on air when loa last stopped; logged as interrupted", vi: "\(ledger.recovered.count) lần phát đang dở khi loa dừng lần trước; đã ghi là bị ngắt (interrupted)").journal)")
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
            logger.warning("\(LocalizedText(en: "cannot lock \(DaemonLiveness.lockPath(status: options.paths.status)); `loa status` will judge from the status file's times alone", vi: "không khóa được \(DaemonLiveness.lockPath(status: options.paths.status)); `loa status` sẽ chỉ dựa vào thời gian trong tệp trạng thái").journal)")
        }
        let statusFile = StatusFile(path: options.paths.status, emergencyFolder: options.paths.emergencyFolder)
        // Missed airings count only from when loa first ran here (this run's start is already recorded).
        let firstStart = (try? ledger.reader.firstStartMs()) ?? nil
        // Every row from here on is written by this queue's thread, in order, off the scheduling path.
        let writer = LogWriteQueue(log: ledger) { locked, waiting in
            if locked {
                logger.warning("\(LocalizedText(en: "the airing log \(options.paths.log) is locked by another program; \(waiting) row(s) wait, airings go on", vi: "nhật ký phát sóng \(options.paths.log) đang bị chương trình khác khóa; \(waiting) dòng đang chờ ghi, việc phát vẫn tiếp tục").journal)")
            } else {
                logger.notice("\(LocalizedText(en: "the airing log is free again; the waiting rows are written", vi: "nhật ký phát sóng đã được nhả; các dòng chờ đã được ghi").journal)")
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
            .init(service: ReloadService(configPath: options.paths.config, hangups: hangups.stream, choice: choice, scheduler: scheduler, writer: writer,
                                         clock: clock, notifier: notifier, logger: logger)),
            .init(service: EmergencyService(folder: RequestFolder(path: options.paths.emergencyFolder), scheduler: scheduler,
                                            probe: choice.probe, logger: logger)),
            .init(service: WatchdogService(scheduler: scheduler, notifier: notifier, logger: logger)),
        ]
        // No signals of its own (see SignalWatcher): a stop signal triggers its graceful shutdown.
        let group = ServiceGroup(configuration: .init(services: services, gracefulShutdownSignals: [], logger: logger))
        let stopping = Task {
            for await signal in stops.stream {
                let name = signal == SIGINT ? "SIGINT" : "SIGTERM"
                logger.notice("\(LocalizedText(en: "\(name): stopping after what is on air fades out", vi: "\(name): dừng sau khi phần đang phát nhỏ dần hết").journal)")
                await group.triggerGracefulShutdown()
                return
            }
        }
        logger.notice("\(LocalizedText(en: "loa is on air for \(station.name): configuration revision \(programme.revision), log \(options.paths.log)", vi: "loa đang phát cho \(station.name): cấu hình phiên bản \(programme.revision), nhật ký \(options.paths.log)").journal)")
        let readyStatus = programme.fallback.map { "CẤU HÌNH LỖI, PHÁT CẤU HÌNH CŨ / CONFIGURATION REFUSED: \($0)" }
            ?? "Đã sẵn sàng / ready — \(station.name)"
        switch notifier.ready(status: readyStatus) {
        case .sent, .noManager: break
        case .failed(let code):
            logger.error("\(LocalizedText(en: "systemd could not be told that loa is ready (\(String(cString: strerror(code)))); it may stop loa when its start times out", vi: "không báo được cho systemd rằng loa đã sẵn sàng (\(String(cString: strerror(code)))); systemd có thể dừng loa khi hết thời gian khởi động").journal)")
        case .noLibrary(let reason):
            logger.error("\(LocalizedText(en: "systemd could not be told that loa is ready: libsystemd could not be loaded (\(reason)). Install the package libsystemd0", vi: "không báo được cho systemd rằng loa đã sẵn sàng: không nạp được libsystemd (\(reason)). Hãy cài gói libsystemd0").journal)")
        }
        do {
            try await group.run()
        } catch {
            logger.error("\(error)")
        }
        stopping.cancel()
        withExtendedLifetime(signals) {}
        notifier.stopping(status: "Đang dừng / stopping")
        // The stop after every row queued before it; then the thread ends and the log is closed.
        let stop = StationEvent(atMs: clock.nowMs(), kind: .stop, configRevision: programme.revision)
        writer.enqueue { log throws(LogError) in try log.record(stop) }
        await writer.drain()
        writer.close()
        try? ledger.close()
        logger.notice("\(LocalizedText(en: "loa stopped", vi: "loa đã dừng").journal)")
        return 0
    }
}
