import ServiceLifecycle

/// Runs the scheduler until a graceful shutdown (SIGTERM, SIGINT) stops what is on air with a fade.
struct SchedulerService: Service {
    let scheduler: Scheduler

    func run() async throws {
        await withGracefulShutdownHandler {
            await scheduler.run()
        } onGracefulShutdown: {
            Task { await scheduler.shutdown() }
        }
    }
}
