@_spi(ExperimentalCustomExecutors) @_spi(ExperimentalScheduling) import _Concurrency
import Foundation
import Glibc

/// An executor that is one thread: jobs run on it in order, and a sleep's deadline is a timed wait of
/// that same thread, so a task that sleeps and wakes on it costs one wake-up a round, not a hop through
/// the pool's timer thread and a worker.
///
/// For the watchdog's loop (`withTaskExecutorPreference`): the task wakes here at its deadline, asks the
/// scheduler (a default actor), sends WATCHDOG=1, and sleeps again on the same thread. The thread is
/// started by the first job, so a daemon without a watchdog never has it.
///
/// A task that prefers this executor still went through the pool once a round: Swift 6.3's runtime hands
/// the task that `Task.sleep` resumes to the global executor, whatever the task's preference, so at each
/// deadline this thread woke a pool worker, which handed the task straight back and woke this thread a
/// second time (strace, BENCHMARKS.md "Idle"). So its sleep (`sleep(for:)`) marks the thread, and the
/// next job this thread hands to the global executor (the resumed task) runs here instead: one wake-up a
/// round. Only that one job: everything else this thread sends to the pool still goes there, so nothing
/// that blocks can come to wait here behind itself.
final class OneThreadExecutor: TaskExecutor, SchedulingExecutor, @unchecked Sendable {
    private let name: String
    private let lock = MonotonicLock()
    private let changed = MonotonicLock.Condition()
    private var jobs: [UnownedJob] = []
    /// Sleeping jobs by deadline (CLOCK_MONOTONIC ns), earliest first.
    private var timed: [(deadlineNs: UInt64, job: UnownedJob)] = []
    private var started = false
    /// Read and written on this executor's own thread only.
    private var adoptNextGlobalJob = false

    init(name: String) {
        self.name = name
    }

    func enqueue(_ job: consuming ExecutorJob) {
        add(UnownedJob(job))
    }

    func add(_ job: UnownedJob) {
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

    /// `Task.sleep` for a task that prefers this executor, called on its thread: the task, resumed at the
    /// deadline, is handed to the global executor, and that one job runs on this thread instead.
    func sleep(for duration: Duration) async {
        adoptNextGlobalJob = Self.current === self
        defer { adoptNextGlobalJob = false }
        try? await Task.sleep(for: duration)
    }

    /// The OneThreadExecutor whose thread calls this, if it is to take the job the caller is handing to the
    /// global executor (once: the request is used up).
    static func adoptingGlobalJobHere() -> OneThreadExecutor? {
        guard let here = current, here.adoptNextGlobalJob else { return nil }
        here.adoptNextGlobalJob = false
        return here
    }

    /// Which executor's thread this is, if any (a thread-specific value set once when its thread starts).
    private static var current: OneThreadExecutor? {
        pthread_getspecific(threadKey).map { Unmanaged<OneThreadExecutor>.fromOpaque($0).takeUnretainedValue() }
    }

    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private func spawn() {
        let name = name
        let thread = Thread { [self] in
            ThreadName.set(name)
            // Unretained: the thread's closure holds the executor for as long as the thread runs.
            pthread_setspecific(Self.threadKey, Unmanaged.passUnretained(self).toOpaque())
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
