import Logging
import LoaCore
import ServiceLifecycle

/// Pings systemd's watchdog only while the scheduler answers and no session has overrun its length: a
/// hung process or a stuck ALSA write stops the pings, and systemd restarts loa.
struct WatchdogService: Service {
    let scheduler: Scheduler
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        guard let period = notifier.watchdogPingInterval else { return await idleUntilShutdown() }
        await withGracefulShutdownHandler {
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                if await scheduler.isHealthy() {
                    notifier.watchdog()
                } else {
                    logger.error("\(LocalizedText(en: "a session has overrun its length: the player does not answer; watchdog pings stop", vi: "một buổi phát đã chạy quá độ dài của nó: trình phát không trả lời; ngừng báo watchdog").journal)")
                }
                try? await Task.sleep(for: period)
            }
        } onGracefulShutdown: {}
    }

    private func idleUntilShutdown() async {
        try? await gracefulShutdown()
    }
}
