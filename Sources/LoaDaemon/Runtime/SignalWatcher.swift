import CLinux
import Foundation
import Glibc

/// The daemon's signals (SIGTERM, SIGINT: stop; SIGHUP: reload), read from a signalfd by a thread that
/// blocks in read() and calls back.
///
/// Hand-written instead of ServiceLifecycle's UnixSignalsSequence: that one registers a DispatchSource,
/// whose handlers run on libdispatch's worker pool, and the pool's first worker arms libdispatch's
/// once-a-second monitor for the rest of the process's life (see `DaemonExecutors`).
final class SignalWatcher: Sendable {
    static let handled: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    /// Blocks the handled signals in the calling thread, and so in every thread it starts after: only the
    /// signalfd sees them. Call on the main thread before any other thread starts.
    static func blockHandledSignals() {
        var set = signalSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in handled { sigaddset(&set, signal) }
        return set
    }

    private let fd: Int32

    init(onSignal: @escaping @Sendable (Int32) -> Void) throws {
        // Blocked here too, for a caller that did not block them at start (the thread calling is then the
        // only one sure not to take them with their default action).
        Self.blockHandledSignals()
        var set = Self.signalSet()
        fd = signalfd(-1, &set, Int32(SFD_CLOEXEC))
        guard fd >= 0 else { throw DaemonError.system("signalfd: \(String(cString: strerror(errno)))") }
        let fd = fd
        let thread = Thread {
            ThreadName.set("loa-signals")
            var info = signalfd_siginfo()
            while true {
                let n = withUnsafeMutableBytes(of: &info) { read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n != MemoryLayout<signalfd_siginfo>.size { return }
                onSignal(Int32(info.ssi_signo))
            }
        }
        thread.start()
    }
}
