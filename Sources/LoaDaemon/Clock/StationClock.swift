/// Why a wait ended.
public enum WakeReason: Sendable, Hashable {
    /// The instant came.
    case reached
    /// The wall clock was set (NTP, an operator): plans made on the old time must be looked at again.
    case clockStepped
    /// Someone called `interrupt()`: a session ended, a reload, an emergency, a shutdown.
    case interrupted
}

/// The scheduler's only view of time, so tests can move it by hand instead of sleeping.
public protocol StationClock: Sendable {
    /// Wall-clock time, Unix milliseconds.
    func nowMs() -> Int64
    /// Sleeps until the wall clock reads `untilMs`, or until interrupted or the clock is set.
    func sleep(untilMs: Int64) async -> WakeReason
    /// Ends the current or the next sleep early with `.interrupted`.
    func interrupt()
}
