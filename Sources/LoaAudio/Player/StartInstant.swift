import Glibc

/// Waiting on an output thread for a start instant, so the first sample goes out as close after it as
/// the machine allows, and never before.
///
/// An absolute sleep alone wakes late when other work holds both cores: the kernel lets the program on
/// the core run on for up to its time slice before the woken thread gets it. So the wait
///   - raises the thread to a real-time class (SCHED_FIFO) for the wait and the first write, where the
///     process may (root, a CAP_SYS_NICE, an RLIMIT_RTPRIO); a real-time thread preempts ordinary work
///     at once. Where it may not (the systemd unit restricts real-time scheduling), it goes on quietly at
///     its own priority;
///   - sleeps (clock_nanosleep on CLOCK_REALTIME, TIMER_ABSTIME: a clock step moves the wake-up with it)
///     until `spinLeadNs` before the instant, and spends that last stretch reading the clock, awake and on
///     a core, so a late wake-up of up to the lead costs nothing and no timer's slack is added to the start.
///
/// Hand-written: neither Foundation nor the package set has a deadline wait of this kind.
struct StartInstant {
    /// Long enough to cover a wake-up delayed by a busy core's time slice (a few ms at most under the
    /// kernel's default EEVDF slices), short enough to be no measurable cost once per session.
    static let spinLeadNs: Int64 = 3_000_000
    /// Low among real-time priorities: above every ordinary program, below the kernel's own interrupt
    /// threads (50) and a sound server's (PipeWire's 88).
    static let realtimePriority: Int32 = 10

    private var previous: (policy: Int32, param: sched_param)?
    /// Why the thread could not be raised (an errno: EPERM where the process may not), nil if it was.
    private(set) var refusal: Int32?

    /// Raises the calling thread (an output thread) to SCHED_FIFO if the process may; `restore` undoes it.
    /// The call is sched_setscheduler(2) (glibc's pthread_setschedparam), the one call systemd/loa.service
    /// lets through its filter for this.
    static func raise() -> StartInstant {
        let thread = pthread_self()
        var policy: Int32 = 0
        var param = sched_param()
        let got = pthread_getschedparam(thread, &policy, &param)
        guard got == 0 else { return StartInstant(previous: nil, refusal: got) }
        var realtime = sched_param()
        realtime.sched_priority = realtimePriority
        // EPERM where it is not allowed (no CAP_SYS_NICE and RLIMIT_RTPRIO below the priority, or a seccomp
        // filter): the thread keeps its class; the wait below still holds the instant, as well as an
        // ordinary thread can.
        let set = pthread_setschedparam(thread, SCHED_FIFO, &realtime)
        guard set == 0 else { return StartInstant(previous: nil, refusal: set) }
        return StartInstant(previous: (policy, param), refusal: nil)
    }

    /// Whether the thread runs in the real-time class now.
    var isRealtime: Bool { previous != nil }

    /// The calling thread's class as the kernel has it now ("SCHED_FIFO priority 10", "SCHED_OTHER"), and
    /// why it was not raised: for the debug journal, which is how one sees what a unit's limits allowed.
    func describe() -> String {
        var policy: Int32 = 0
        var param = sched_param()
        let now: String
        if pthread_getschedparam(pthread_self(), &policy, &param) != 0 {
            now = "unknown"
        } else {
            switch policy {
            case SCHED_FIFO: now = "SCHED_FIFO priority \(param.sched_priority)"
            case SCHED_RR: now = "SCHED_RR priority \(param.sched_priority)"
            case SCHED_OTHER: now = "SCHED_OTHER"
            default: now = "policy \(policy)"
            }
        }
        guard let refusal else { return "real-time class for the start: \(now)" }
        return "no real-time class for the start (\(String(cString: strerror(refusal)))): \(now)"
    }

    /// Back to the class the thread had: the rest of the session (decoding, writing a period at a time
    /// into a buffer four periods deep) needs no more than ordinary scheduling.
    mutating func restore() {
        guard let before = previous else { return }
        previous = nil
        var param = before.param
        _ = pthread_setschedparam(pthread_self(), before.policy, &param)
    }

    /// Blocks until the wall clock reads `instantNs` or later; never returns before it.
    /// A clock set back during the last stretch sends it back to sleep rather than spinning the difference.
    static func wait(untilNs instantNs: Int64) {
        while true {
            let left = instantNs - WallClock.nowNs()
            if left <= 0 { return }
            if left > spinLeadNs { WallClock.sleep(untilNs: instantNs - spinLeadNs) }
        }
    }
}
