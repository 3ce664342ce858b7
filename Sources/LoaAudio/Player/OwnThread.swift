import Foundation
import Synchronization

/// Blocking work on a thread of its own, never on Swift's cooperative pool: awaited from async code, or
/// started and joined from a thread that may block.
public enum OwnThread {
    /// Runs `work` on a new thread and resumes the caller with its result.
    public static func run<T: Sendable>(named name: String, _ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.name = name
            thread.start()
        }
    }

    /// Starts `work` on a new thread; `join` blocks until it has returned.
    static func start<T: Sendable>(named name: String, _ work: @escaping @Sendable () -> T) -> Joinable<T> {
        let joinable = Joinable<T>()
        let thread = Thread {
            let value = work()
            joinable.result.withLock { $0 = value }
            joinable.done.signal()
        }
        thread.name = name
        thread.start()
        return joinable
    }

    final class Joinable<T: Sendable>: Sendable {
        fileprivate let result = Mutex<T?>(nil)
        fileprivate let done = DispatchSemaphore(value: 0)

        /// The work's result; set before the thread signals, so never nil after the wait.
        func join() -> T? {
            done.wait()
            return result.withLock { $0 }
        }
    }
}
