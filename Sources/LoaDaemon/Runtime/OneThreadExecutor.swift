@_spi(ExperimentalCustomExecutors) @_spi(ExperimentalScheduling) import _Concurrency
import Foundation
import Glibc

/// An executor that is one thread: jobs run on it in order, and a sleep's deadline is a timed wait of
/// that same thread, so a task that sleeps and wakes on it costs one wake-up a round, not a hop through
/// the pool's timer thread and a worker.
///
/// For the watchdog's loop (`withTaskExecutorPreference`): the task wakes here at its deadline, asks the
/// scheduler (a default actor, which runs the job on the asking task's preferred executor when it is
/// free, SE-0417: no other thread woken), sends WATCHDOG=1, and sleeps again on the same thread. The
/// thread is started by the first job, so a daemon without a watchdog never has it.
final class OneThreadExecutor: TaskExecutor, SchedulingExecutor, @unchecked Sendable {
    private let name: String
    private let lock = MonotonicLock()
    private let changed = MonotonicLock.Condition()
    private var jobs: [UnownedJob] = []
    /// Sleeping jobs by deadline (CLOCK_MONOTONIC ns), earliest first.
    private var timed: [(deadlineNs: UInt64, job: UnownedJob)] = []
    private var started = false

    init(name: String) {
        self.name = name
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        lock.lock()
        jobs.append(job)
        let start = startIfNeeded()
        lock.unlock()
        // After unlocking: a thread woken while the lock is held would only wake to wait for it.
        // From its own thread (an actor hop, a resumed continuation) nobody waits, and this is no syscall.
        changed.signal()
        if start { spawn() }
    }

    func enqueue<C: Clock>(_ job: consuming ExecutorJob, after delay: C.Duration, tolerance: C.Duration?, clock: C) {
        let wait = (delay as? Duration).map(WorkerPool.nanoseconds) ?? 0
        let job = UnownedJob(job)
        lock.lock()
        let deadline = MonotonicLock.nowNs() &+ wait
        let index = timed.firstIndex { $0.deadlineNs > deadline } ?? timed.count
        timed.insert((deadline, job), at: index)
        let start = startIfNeeded()
        lock.unlock()
        changed.signal()
        if start { spawn() }
    }

    func enqueue<C: Clock>(_ job: consuming ExecutorJob, at instant: C.Instant, tolerance: C.Duration?, clock: C) {
        enqueue(job, after: clock.now.duration(to: instant), tolerance: tolerance, clock: clock)
    }

    /// The lock held.
    private func startIfNeeded() -> Bool {
        defer { started = true }
        return !started
    }

    private func spawn() {
        let name = name
        let thread = Thread { [self] in
            ThreadName.set(name)
            loop()
        }
        thread.start()
    }

    private func loop() {
        lock.lock()
        while true {
            let now = MonotonicLock.nowNs()
            while let first = timed.first, first.deadlineNs <= now { jobs.append(timed.removeFirst().job) }
            if jobs.isEmpty {
                lock.wait(changed, untilNs: timed.first?.deadlineNs)
                continue
            }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            lock.unlock()
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
            lock.lock()
        }
    }
}

/// Names the calling thread as `top -H`, `ps -L` and /proc/PID/task/TID/comm show it (15 bytes at most).
/// Called from inside the thread: set before `start()`, Foundation's `Thread.name` never reaches the
/// kernel on Linux, and every thread shows the process's name.
enum ThreadName {
    static func set(_ name: String) {
        Thread.current.name = name
    }
}
