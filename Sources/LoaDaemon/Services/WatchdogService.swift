import Logging
import LoaCore
import ServiceLifecycle

/// Pings systemd's watchdog only while the scheduler answers and no session has overrun its length: a
/// hung process or a stuck ALSA write stops the pings, and systemd restarts loa.
///
/// The loop runs on a thread of its own (`OneThreadExecutor`): each round is that thread's one wake-up
/// at the deadline (its `sleep(for:)` keeps the task's wake off the pool); the scheduler's answer runs on
/// it too when the scheduler is free, and the next sleep is the same thread's timed wait. On the shared
/// pool the same round woke about seven
/// threads (pool timer, a worker for the task, one for the actor, one for the way back; BENCHMARKS.md),
/// and the races between them grew the pool by a thread every few pings.
struct WatchdogService: Service {
    let scheduler: Scheduler
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        guard let period = notifier.watchdogPingInterval else { return await idleUntilShutdown() }
        let executor = OneThreadExecutor(name: "loa-watchdog")
        await withTaskExecutorPreference(executor) {
            await withGracefulShutdownHandler {
                while !Task.isCancelled && !Task.isShuttingDownGracefully {
                    // Awaited, not read from a copy: a scheduler that does not answer must stop the pings.
                    if await scheduler.isHealthy() {
                        notifier.watchdog()
                    } else {
                        logger.error("\(LocalizedText(en: "a session has overrun its length: the player does not answer; watchdog pings stop", vi: "một buổi phát đã chạy quá độ dài của nó: trình phát không trả lời; ngừng báo watchdog").journal)")
                    }
                    await executor.sleep(for: period)
                }
            } onGracefulShutdown: {}
        }
    }

    private func idleUntilShutdown() async {
        try? await gracefulShutdown()
    }
}
