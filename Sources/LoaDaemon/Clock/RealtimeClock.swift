import Foundation
import CLinux
import Glibc
import Synchronization

/// The real clock: an absolute CLOCK_REALTIME timerfd with TFD_TIMER_CANCEL_ON_SET, so the daemon
/// sleeps until the next event without polling and a clock step wakes it; an eventfd interrupts it.
/// The blocking poll runs on a thread of its own, off Swift's cooperative pool.
public final class RealtimeClock: StationClock {
    private let timer: Int32
    private let wakeup: Int32

    /// From how long a wait on the resident pages are given back.
    static let longWaitMs: Int64 = 60_000

    /// timerfd.h's TFD_TIMER_CANCEL_ON_SET, a macro Swift does not import.
    private static let cancelOnSet: Int32 = 1 << 1

    public init() throws {
        timer = timerfd_create(CLOCK_REALTIME, Int32(TFD_CLOEXEC))
        wakeup = eventfd(0, Int32(EFD_CLOEXEC))
        guard timer >= 0, wakeup >= 0 else {
            throw DaemonError.system("cannot create the timer (timerfd/eventfd): \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        close(timer)
        close(wakeup)
    }

    public func nowMs() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }

    public func interrupt() {
        var one: UInt64 = 1
        _ = write(wakeup, &one, 8)
    }

    public func sleep(untilMs: Int64) async -> WakeReason {
        var spec = itimerspec()
        let target = max(untilMs, 1)
        spec.it_value.tv_sec = Int(target / 1000)
        spec.it_value.tv_nsec = Int(target % 1000) * 1_000_000
        guard timerfd_settime(timer, Int32(TFD_TIMER_ABSTIME) | Self.cancelOnSet, &spec, nil) == 0 else {
            return .interrupted
        }
        let timer = timer, wakeup = wakeup
        // A long wait (nothing due for a minute or more): what the daemon does not use meanwhile need not
        // stay resident (ResidentPages). Not before a short one: the pages would only be mapped again.
        let idle = untilMs - nowMs() >= Self.longWaitMs
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<WakeReason, Never>) in
                let thread = Thread {
                    ThreadName.set("loa-clock")
                    if idle { ResidentPages.release() }
                    continuation.resume(returning: Self.wait(timer: timer, wakeup: wakeup))
                }
                thread.start()
            }
        } onCancel: { [self] in
            interrupt()
        }
    }

    private static func wait(timer: Int32, wakeup: Int32) -> WakeReason {
        var fds = [pollfd(fd: timer, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeup, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&fds, 2, -1)
            if ready < 0 && errno == EINTR { continue }
            var value: UInt64 = 0
            if fds[1].revents != 0 {
                _ = read(wakeup, &value, 8)
                return .interrupted
            }
            if fds[0].revents != 0 {
                // A set clock cancels the timer: read fails with ECANCELED.
                if read(timer, &value, 8) < 0 && errno == ECANCELED { return .clockStepped }
                return .reached
            }
        }
    }
}

public enum DaemonError: Error, CustomStringConvertible, Sendable {
    case system(String)
    case config(String)

    public var description: String {
        switch self {
        case .system(let s), .config(let s): return s
        }
    }
}
