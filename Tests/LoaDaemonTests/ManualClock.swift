import LoaDaemon
import Synchronization

/// A clock the test moves by hand: the scheduler under test never waits for real time.
final class ManualClock: StationClock {
    private struct State {
        var now: Int64
        var waiter: (until: Int64, continuation: CheckedContinuation<WakeReason, Never>)?
        var interruptPending = false
    }

    private let state: Mutex<State>

    init(nowMs: Int64) {
        state = Mutex(State(now: nowMs))
    }

    func nowMs() -> Int64 { state.withLock { $0.now } }

    func sleep(untilMs: Int64) async -> WakeReason {
        await withCheckedContinuation { continuation in
            let immediate: WakeReason? = state.withLock { s in
                if s.interruptPending {
                    s.interruptPending = false
                    return .interrupted
                }
                if s.now >= untilMs { return .reached }
                s.waiter = (untilMs, continuation)
                return nil
            }
            if let immediate { continuation.resume(returning: immediate) }
        }
    }

    func interrupt() {
        let waiter = state.withLock { s -> CheckedContinuation<WakeReason, Never>? in
            guard let w = s.waiter else {
                s.interruptPending = true
                return nil
            }
            s.waiter = nil
            return w.continuation
        }
        waiter?.resume(returning: .interrupted)
    }

    /// What the scheduler is asleep until, once it is asleep.
    var sleepingUntil: Int64? { state.withLock { $0.waiter?.until } }

    /// Time passes normally to `ms`.
    func advance(to ms: Int64) {
        let waiter = state.withLock { s -> CheckedContinuation<WakeReason, Never>? in
            s.now = ms
            guard let w = s.waiter, w.until <= ms else { return nil }
            s.waiter = nil
            return w.continuation
        }
        waiter?.resume(returning: .reached)
    }

    /// Someone sets the clock to `ms`.
    func step(to ms: Int64) {
        let waiter = state.withLock { s -> CheckedContinuation<WakeReason, Never>? in
            s.now = ms
            let w = s.waiter
            s.waiter = nil
            return w?.continuation
        }
        waiter?.resume(returning: .clockStepped)
    }
}

/// Waits (in small real sleeps, up to a few seconds) for something the scheduler does on its own task.
func eventually(_ what: String, _ condition: () async throws -> Bool) async throws {
    for _ in 0..<500 {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(10))
    }
    throw DaemonTestFailure("timed out waiting for: \(what)")
}

struct DaemonTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
