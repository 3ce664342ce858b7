import Foundation
import Logging
import LoaAudio
import LoaCore
import LoaLog
import ServiceLifecycle
import CLinux

/// Re-reads the configuration on SIGHUP and whenever a file in its folders changes. A valid one replaces
/// the plan from that moment (what is on air plays on); an invalid one is refused with its errors in the
/// journal, and the running one stays.
struct ReloadService: Service {
    let configPath: String
    /// SIGHUP, from the daemon's SignalWatcher.
    let hangups: AsyncStream<Void>
    let choice: ConfigurationChoice
    let scheduler: Scheduler
    let writer: LogWriteQueue
    let clock: any StationClock
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        let changes = AsyncStream<String>.makeStream()
        let folder = (configPath as NSString).deletingLastPathComponent
        var watchers: [FolderWatcher] = []
        for watched in [folder.isEmpty ? "." : folder, (folder.isEmpty ? "" : folder + "/") + "announcements.d"] {
            // Also a link made (ln -s) and a mode changed: `sudo chmod 644` on a file the journal said it
            // cannot read takes effect at once.
            if let w = try? FolderWatcher(folder: watched, alsoOn: Int32(IN_CREATE | IN_ATTRIB), onChange: { name in
                // .txt: a notice's text_file kept beside the announcements.
                if name.hasSuffix(".toml") || name.hasSuffix(".txt") { changes.continuation.yield(name) }
            }) {
                watchers.append(w)
            }
        }
        defer { watchers.forEach { $0.stop() } }
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await _ in hangups { await reload(because: "SIGHUP") }
                }
                group.addTask {
                    for await name in changes.stream {
                        // An editor writes a file in several steps: let them settle, then read once.
                        try? await Task.sleep(for: .milliseconds(300))
                        await reload(because: "\(name) changed")
                    }
                }
                await group.next()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            changes.continuation.finish()
        }
    }

    func reload(because why: String) async {
        notifier.reloading()
        let current = await scheduler.currentRevision
        let onFallback = await scheduler.fallback != nil
        let (choice, nowMs) = (self.choice, clock.nowMs())
        // On a thread of its own: reading notices aloud may take up to their time limit, and the
        // scheduler must keep the cooperative threads.
        let (loaded, refusal) = await OwnThread.run(named: "loa-reload") { choice.reload(nowMs: nowMs) }
        if let programme = loaded {
            await scheduler.noteGoodReload()
            // Airing the last valid copy, the configuration now understood replaces it even when it is that copy.
            if programme.revision != current || onFallback {
                await scheduler.replace(programme)
                let station = programme.timetable.station
                logger.notice("\(LocalizedText(en: "configuration reloaded (\(why)): revision \(programme.revision)\(onFallback ? "; the last valid configuration aired until now is no longer needed" : "")", vi: "đã nạp lại cấu hình (\(why)): phiên bản \(programme.revision)\(onFallback ? "; không cần phát cấu hình hợp lệ cũ nữa" : "")").journal)")
                // Queued behind the sessions' rows: a locked log keeps no cooperative thread waiting.
                let event = StationEvent(atMs: clock.nowMs(), kind: .reload, detail: why, configRevision: programme.revision)
                let logger = logger
                writer.enqueue({ log throws(LogError) in
                    try log.setStation(name: station.name, timeZoneID: station.timeZoneID)
                    try log.record(event)
                }, orElse: { error in logger.error("\(LocalizedText(en: "cannot record the reload in the airing log: \(error)", vi: "không ghi được lần nạp lại vào nhật ký phát sóng: \(error.text.vi)").journal)") })
            } else {
                // Said anyway: a technician who runs `systemctl reload loa` looks in the journal for an answer.
                logger.notice("\(LocalizedText(en: "configuration re-read (\(why)): unchanged, revision \(current)", vi: "đã đọc lại cấu hình (\(why)): không có gì thay đổi, phiên bản \(current)").journal)")
            }
        } else {
            for d in refusal where d.severity == .error {
                logger.error("\(d.journalLine)")
            }
            let count = refusal.filter { $0.severity == .error }.count
            logger.error("\(LocalizedText(en: "the new configuration is refused (\(count) error(s)); still airing revision \(current)", vi: "cấu hình mới bị từ chối (\(count) lỗi); vẫn đang phát phiên bản \(current)").journal)")
            await scheduler.noteRefusedReload(errors: refusal.filter { $0.severity == .error }.map(\.description))
        }
        notifier.readyAfterReload(status: "revision \(await scheduler.currentRevision)")
        // STATUS= back to what is on air (and the refusal, if any), as the status file says.
        await scheduler.publishStatus()
    }
}
