import Foundation
import Synchronization

/// The daemon's writes to the airing log, in the order they were asked for, on a thread of their own:
/// a log held locked by another program (an export, `sqlite3` in a terminal) or a slow disk delays a
/// row, never the caller (the scheduler, a player's output thread at an item's first sample).
///
/// Each job is one of the log's transactions. A job that finds the log locked (SQLite's busy, after the
/// log's own 5 s wait) is run again until the lock is released, so nothing asked for is dropped while
/// the process lives; jobs behind it wait, which keeps each airing's rows in order (its `on_air` row
/// before its end). A job failing for another reason is given to its `orElse` and the next job runs.
///
/// Hand-written: GRDB's async writes run on its own serial dispatch queue, which on Linux starts
/// libdispatch's worker pool and its once-a-second monitor; this thread sleeps on a condition variable
/// and wakes only for a job.
public final class LogWriteQueue: Sendable {
    public typealias Job = @Sendable (AiringLog) throws(LogError) -> Void

    private struct Entry: Sendable {
        var job: Job
        var orElse: @Sendable (LogError) -> Void
    }

    private struct State {
        var jobs: [Entry] = []
        var next = 0
        var running = false
        var closed = false
    }

    public let log: AiringLog
    private let state = Mutex(State())
    private let condition = NSCondition()
    /// Told once when a job first finds the log locked, and once when the lock is gone (how many jobs wait).
    private let onLocked: @Sendable (_ locked: Bool, _ waiting: Int) -> Void

    public init(log: AiringLog, onLocked: @escaping @Sendable (_ locked: Bool, _ waiting: Int) -> Void = { _, _ in }) {
        self.log = log
        self.onLocked = onLocked
        let thread = Thread { [self] in
            // Named from inside: set before start(), Foundation's Thread.name never reaches the kernel on
            // Linux, and ps and /proc/PID/task/TID/comm show the process's name instead.
            Thread.current.name = "loa-log-writer"
            self.loop()
        }
        thread.start()
    }

    /// Queues `job`; returns at once.
    public func enqueue(_ job: @escaping Job, orElse: @escaping @Sendable (LogError) -> Void = { _ in }) {
        condition.lock()
        state.withLock { $0.jobs.append(Entry(job: job, orElse: orElse)) }
        condition.signal()
        condition.unlock()
    }

    /// Runs `body` on the writer's thread once every job queued before it is done (written, or given up).
    public func afterPending(_ body: @escaping @Sendable () -> Void) {
        enqueue { _ in body() }
    }

    /// Returns when every job queued before the call is done.
    public func drain() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            afterPending { continuation.resume() }
        }
    }

    /// How many jobs are queued or running.
    public var pending: Int {
        state.withLock { $0.jobs.count - $0.next + ($0.running ? 1 : 0) }
    }

    /// Ends the thread once the queue is empty; later jobs are not run.
    public func close() {
        condition.lock()
        state.withLock { $0.closed = true }
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            var entry: Entry?
            while entry == nil {
                let (taken, closed): (Entry?, Bool) = state.withLock { s in
                    guard s.next < s.jobs.count else {
                        s.jobs.removeAll(keepingCapacity: true)
                        s.next = 0
                        return (nil, s.closed)
                    }
                    defer { s.next += 1 }
                    s.running = true
                    return (s.jobs[s.next], false)
                }
                if closed { condition.unlock(); return }
                entry = taken
                if entry == nil { condition.wait() }
            }
            condition.unlock()
            if let entry { run(entry) }
            state.withLock { $0.running = false }
        }
    }

    private func run(_ entry: Entry) {
        var locked = false
        while true {
            do {
                try entry.job(log)
                break
            } catch .busy {
                if !locked { onLocked(true, pending) }
                locked = true
                // SQLite already waited its busy timeout; a short pause keeps a lock that fails at once
                // (a database being recovered) from spinning.
                usleep(100_000)
            } catch {
                entry.orElse(error)
                break
            }
        }
        if locked { onLocked(false, pending) }
    }
}
