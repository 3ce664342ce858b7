import CLinux
import Glibc

/// Caps glibc's malloc at two arenas for the daemon: the main thread's and one that every other thread
/// shares.
///
/// glibc gives each thread, at its first allocation, an arena of its own: one a finished thread left, or a
/// new one while fewer than eight per core exist (16 on the radio PC's two). The daemon starts a thread per
/// output session, per wait of its clock and per reload, several alive at once, so over a day of airings
/// it makes many arenas, and each keeps the few long-lived objects first
/// allocated there (a Swift metadata cache, a string the scheduler keeps) in the middle of pages that
/// `malloc_trim` cannot give back: the anonymous memory grew by about 30 kB an airing, 5.8 → 11.6 MB over
/// 200 airings, and stayed after the trim (BENCHMARKS.md, "Resident memory"). With two arenas it grew
/// 5.4 → 6.6 MB over the same airings. The daemon allocates little while it plays (buffers are made
/// before the start instant, and glibc's per-thread cache serves small allocations without the arena's
/// lock), so sharing an arena costs it nothing measurable.
///
/// Must run before the process's second thread allocates: glibc fixes the cap when it first needs it.
public enum MallocArenas {
    static let daemonLimit: Int32 = 2

    public static func limitForDaemon() {
        _ = mallopt(M_ARENA_MAX, daemonLimit)
    }
}
