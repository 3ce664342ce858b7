import Foundation

/// Runs blocking work (a SQLite open that waits for a lock) on a thread of its own and waits
/// for it without holding one of Swift's cooperative threads: there are as many of those as cores, and a
/// test that blocks them stalls every other test's awaits, the daemon tests' timed steps among them.
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(with: Result { try body() })
        }
    }
}
