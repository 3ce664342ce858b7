@_spi(ExperimentalCustomExecutors) @_spi(ExperimentalScheduling) import _Concurrency
import Foundation
import Glibc

/// The daemon's own executors for Swift concurrency, so that an idle daemon does not wake.
///
/// On Linux the default global executor is libdispatch's thread pool, and the first worker thread it
/// starts arms libdispatch's pool monitor (`_dispatch_workq_monitor_pools`), a timer that wakes the
/// process every second for as long as it lives, whether anything runs or not. These executors run the
/// same jobs on threads that sleep on a condition variable: a thread wakes for a job, and for a sleep's
/// deadline, never otherwise. Hand-written: Swift 6.3 lets a program bring its own executors
/// (SE-0471, still behind `@_spi(ExperimentalCustomExecutors)`), and no library provides a timer-free pool.
enum DaemonExecutors: ExecutorFactory {
    static let main = MainLoop()
    static let pool = WorkerPool()
    static var mainExecutor: any MainExecutor { main }
    static var defaultExecutor: any TaskExecutor { pool }

    /// Runs `body` on these executors and exits with status 0 when it returns (it may `exit` itself).
    /// Call first thing from a synchronous `main`: no task may have run before, nor may one run after.
    static func run(_ body: @escaping @Sendable () async -> Void) -> Never {
        _createExecutors(factory: DaemonExecutors.self)
        Task {
            await body()
            exit(0)
        }
        main.runForever()
    }
}

/// A mutex and condition variables on CLOCK_MONOTONIC (a wall-clock step must not stretch a sleep).
final class MonotonicLock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }

    final class Condition: @unchecked Sendable {
        fileprivate let cond = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

        init() {
            var attributes = pthread_condattr_t()
            pthread_condattr_init(&attributes)
            pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
            pthread_cond_init(cond, &attributes)
            pthread_condattr_destroy(&attributes)
        }

        func signal() { pthread_cond_signal(cond) }
    }

    /// Waits (the lock held) until signalled, or until `deadlineNs` on CLOCK_MONOTONIC when given.
    func wait(_ condition: Condition, untilNs deadlineNs: UInt64? = nil) {
        guard let deadlineNs else {
            pthread_cond_wait(condition.cond, mutex)
            return
        }
        var until = timespec(tv_sec: Int(deadlineNs / 1_000_000_000), tv_nsec: Int(deadlineNs % 1_000_000_000))
        pthread_cond_timedwait(condition.cond, mutex, &until)
    }

    static func nowNs() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}

/// The main thread's executor (the main actor's): runs its jobs in order, sleeping between them.
final class MainLoop: MainExecutor, @unchecked Sendable {
    private let lock = MonotonicLock()
    private let ready = MonotonicLock.Condition()
    private var jobs: [UnownedJob] = []
    private var stopped = false

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        lock.lock()
        jobs.append(job)
        lock.unlock()
        ready.signal()
    }

    var isMainExecutor: Bool { true }

    func checkIsolated() {
        precondition(Thread.isMainThread, "not on the main thread")
    }

    func runForever() -> Never {
        while true {
            lock.lock()
            while jobs.isEmpty { lock.wait(ready) }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            lock.unlock()
            for job in batch { job.runSynchronously(on: asUnownedSerialExecutor()) }
        }
    }

    func run() throws {
        runForever()
    }

    func stop() {}
}

/// The default executor: a pool of threads that grows when every thread is busy (a job that blocks
/// must not starve the others, as libdispatch's monitor would see to), and a timer thread for sleeps,
/// which waits for the earliest deadline, or without end when there is none.
final class WorkerPool: TaskExecutor, SchedulingExecutor, @unchecked Sendable {
    private let lock = MonotonicLock()
    private let ready = MonotonicLock.Condition()
    private let timerChanged = MonotonicLock.Condition()
    private var jobs: [UnownedJob] = []
    private var head = 0
    /// Sleeping jobs by deadline (CLOCK_MONOTONIC ns), earliest first.
    private var timed: [(deadlineNs: UInt64, job: UnownedJob)] = []
    private var threads = 0
    private var idle = 0
    private var timerStarted = false
    /// Far more than the daemon runs at once (its services, sessions and the log); a bound all the same.
    private let maxThreads = 64

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        // The one job a OneThreadExecutor asked to keep (its own task, resumed from a sleep).
        if let here = OneThreadExecutor.adoptingGlobalJobHere() { return here.add(job) }
        schedule(job)
    }

    private func schedule(_ job: UnownedJob) {
        lock.lock()
        jobs.append(job)
        let start = idle == 0 && threads < maxThreads
        if start { threads += 1 }
        lock.unlock()
        // After unlocking: a thread woken while the lock is held would only wake to wait for it.
        if start { spawn(name: "loa-pool") { [self] in work() } } else { ready.signal() }
    }

    func enqueue<C: Clock>(_ job: consuming ExecutorJob, after delay: C.Duration, tolerance: C.Duration?, clock: C) {
        // ContinuousClock and SuspendingClock (what Task.sleep uses) measure in Swift.Duration.
        let wait = (delay as? Duration).map(Self.nanoseconds) ?? 0
        let job = UnownedJob(job)
        lock.lock()
        let deadline = MonotonicLock.nowNs() &+ wait
        let index = timed.firstIndex { $0.deadlineNs > deadline } ?? timed.count
        timed.insert((deadline, job), at: index)
        let start = !timerStarted
        timerStarted = true
        lock.unlock()
        if index == 0 { timerChanged.signal() }
        if start { spawn(name: "loa-timer") { [self] in time() } }
    }

    /// A delay in nanoseconds, none if negative.
    static func nanoseconds(_ d: Duration) -> UInt64 {
        let (seconds, attoseconds) = d.components
        return seconds < 0 ? 0 : UInt64(seconds) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
    }

    func enqueue<C: Clock>(_ job: consuming ExecutorJob, at instant: C.Instant, tolerance: C.Duration?, clock: C) {
        enqueue(job, after: clock.now.duration(to: instant), tolerance: tolerance, clock: clock)
    }

    private func spawn(name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread {
            ThreadName.set(name)
            body()
        }
        thread.start()
    }

    private func work() {
        lock.lock()
        while true {
            while head == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                head = 0
                idle += 1
                lock.wait(ready)
                idle -= 1
            }
            let job = jobs[head]
            head += 1
            lock.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
            lock.lock()
        }
    }

    private func time() {
        lock.lock()
        while true {
            let now = MonotonicLock.nowNs()
            var due: [UnownedJob] = []
            while let first = timed.first, first.deadlineNs <= now { due.append(timed.removeFirst().job) }
            if !due.isEmpty {
                lock.unlock()
                for job in due { schedule(job) }
                lock.lock()
                continue
            }
            lock.wait(timerChanged, untilNs: timed.first?.deadlineNs)
        }
    }
}

/// The `loa run` process's entry, from a synchronous `main`: the daemon's signals blocked before any
/// thread starts (every thread inherits the mask, and only the SignalWatcher's signalfd takes them), then
/// `body` on the daemon's executors.
public enum DaemonProcess {
    public static func run(_ body: @escaping @Sendable () async -> Void) -> Never {
        // Before any other thread exists (see MallocArenas).
        MallocArenas.limitForDaemon()
        ResidentPages.rememberStartupMappings()
        SignalWatcher.blockHandledSignals()
        DaemonExecutors.run(body)
    }
}
