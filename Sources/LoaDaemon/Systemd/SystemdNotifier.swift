import CSystemd
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells systemd how the daemon is doing, over the sd_notify protocol (a datagram of `KEY=value` lines
/// to the socket in `NOTIFY_SOCKET`). Outside systemd (a terminal, a test) there is no socket and every
/// call is a quiet no-op, so the daemon calls it unconditionally.
///
/// It holds no state of its own: libsystemd reads the environment on each call and opens a socket for each
/// message, so one value can be shared by every task.
public struct SystemdNotifier: Sendable {
    /// What became of a message.
    public enum Delivery: Sendable, Equatable {
        case sent
        /// No `NOTIFY_SOCKET`: not started by systemd (or by a unit that is not Type=notify).
        case noManager
        /// The socket refused it; the value is the errno. The daemon carries on: a lost status line
        /// must not stop an airing, and a lost READY=1 or WATCHDOG=1 shows up in systemd anyway.
        case failed(errno: Int32)
        /// `NOTIFY_SOCKET` is set but libsystemd could not be loaded; the value is the loader's reason.
        case noLibrary(String)
    }

    private let library: Result<LibSystemd, LibSystemd.LoadFailure>

    public init() {
        library = LibSystemd.shared
    }

    /// With libsystemd loaded from elsewhere, or not found: for tests of a machine without it.
    init(libraryName: String) {
        library = LibSystemd.load(libraryName)
    }

    /// Start-up is done: the first plan is made. Until this, `systemctl start` waits.
    @discardableResult
    public func ready(status: String) -> Delivery {
        send(["READY=1", Self.statusLine(status)])
    }

    /// The free-form line `systemctl status` shows: what is on air, what is next.
    @discardableResult
    public func status(_ text: String) -> Delivery {
        send([Self.statusLine(text)])
    }

    /// The daemon is alive. Send only while the scheduler and the player answer, at `watchdogPingInterval`.
    @discardableResult
    public func watchdog() -> Delivery {
        send(["WATCHDOG=1"])
    }

    /// A reload starts. Ends with `readyAfterReload(status:)`, whether the new configuration was taken
    /// or refused.
    ///
    /// MONOTONIC_USEC goes along every time: systemd 253 and later need it to match this message to the
    /// reload they asked for (without it, Type=notify-reload fails the reload), and older ones ignore an
    /// assignment they do not know, so there is nothing to gain from asking which one is running.
    @discardableResult
    public func reloading(status: String? = nil) -> Delivery {
        var lines = ["RELOADING=1", "MONOTONIC_USEC=\(Self.monotonicMicroseconds())"]
        if let status { lines.append(Self.statusLine(status)) }
        return send(lines)
    }

    /// A reload is over; the daemon serves again.
    @discardableResult
    public func readyAfterReload(status: String) -> Delivery {
        send(["READY=1", Self.statusLine(status)])
    }

    /// Shutdown has begun, so systemd does not mistake the quiet that follows for a hang.
    @discardableResult
    public func stopping(status: String) -> Delivery {
        send(["STOPPING=1", Self.statusLine(status)])
    }

    /// The unit's WatchdogSec=, when systemd watches this process (`WATCHDOG_USEC`, and `WATCHDOG_PID`
    /// naming this process if set); nil when nobody watches.
    public var watchdogInterval: Duration? {
        var microseconds: UInt64 = 0
        guard case .success(let systemd) = library, systemd.watchdogEnabled(0, &microseconds) > 0, microseconds > 0 else {
            return nil
        }
        return .microseconds(Int64(clamping: microseconds))
    }

    /// How often to send WATCHDOG=1: half the interval, as sd_watchdog_enabled(3) advises, so one late
    /// ping is not yet a missed one.
    public var watchdogPingInterval: Duration? {
        watchdogInterval.map { $0 / 2 }
    }

    /// Lines, joined by newlines, as one datagram. The environment is kept (unset_environment = 0): the
    /// daemon notifies for as long as it runs.
    private func send(_ lines: [String]) -> Delivery {
        let systemd: LibSystemd
        switch library {
        case .success(let loaded): systemd = loaded
        case .failure(let failure): return getenv("NOTIFY_SOCKET") == nil ? .noManager : .noLibrary(failure.reason)
        }
        let result = lines.joined(separator: "\n").withCString { systemd.notify(0, $0) }
        if result > 0 { return .sent }
        if result == 0 { return .noManager }
        return .failed(errno: -result)
    }

    /// STATUS= holds one line: a newline inside would end the assignment and start a bogus one.
    static func statusLine(_ text: String) -> String {
        let oneLine = text.map { $0.isNewline || $0 == "\0" ? " " : String($0) }.joined()
        return "STATUS=" + oneLine
    }

    static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
    }
}
