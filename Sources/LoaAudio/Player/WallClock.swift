import Foundation

/// The wall clock the schedule is written in (CLOCK_REALTIME), and an absolute sleep on it, so a
/// pre-rolled output wakes at the instant itself rather than after a relative delay computed earlier.
public enum WallClock {
    public static func nowNs() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// Blocks the calling thread (never call it on the cooperative pool) until `instantNs`.
    static func sleep(untilNs instantNs: Int64) {
        var target = timespec(tv_sec: Int(instantNs / 1_000_000_000), tv_nsec: Int(instantNs % 1_000_000_000))
        while clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &target, nil) == EINTR {}
    }
}
