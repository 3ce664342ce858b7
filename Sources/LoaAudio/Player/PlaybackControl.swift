import Synchronization

/// Lets another task stop a sequence that is playing; the output threads look at it between periods.
public final class PlaybackControl: Sendable {
    private let stopAt = Atomic<Int64>(0)

    public init() {}

    /// Stop at the next period boundary, after a short fade. Safe from any thread, any number of times.
    public func stop() {
        _ = stopAt.compareExchange(expected: 0, desired: max(WallClock.nowNs(), 1), ordering: .relaxed)
    }

    public var isStopRequested: Bool { stopAt.load(ordering: .relaxed) != 0 }
    /// When the first stop request came, Unix nanoseconds.
    public var requestedNs: Int64? {
        let value = stopAt.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
