import Foundation
import Testing

/// An idle `loa run` does not wake: counted as the kernel counts a thread's context switches
/// (/proc/PID/task/TID/status), over every thread of the daemon. A thread asleep can neither switch
/// voluntarily (it would have to wake) nor be pre-empted (it would have to run), however busy the
/// machine is, so "no switch at all" holds on a loaded machine too. (A libdispatch worker arms a monitor
/// timer that wakes the process every second; a ping hopping through the pool woke about seven threads.)
@Suite struct IdleWakeupTests {
    struct ThreadState: Equatable {
        var name: String
        var voluntary: Int
        var involuntary: Int
        /// The scheduler's letter: S sleeping, R running or runnable, D in the disk's wait…
        var state: String
    }

    /// Each thread of the daemon, by thread id.
    static func threads(_ pid: Int32) -> [String: ThreadState] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var out: [String: ThreadState] = [:]
        for tid in tasks {
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/task/\(tid)/status", encoding: .utf8) else { continue }
            var fields: [String: String] = [:]
            for line in status.split(separator: "\n") {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2 { fields[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces) }
            }
            out[tid] = ThreadState(name: fields["Name"] ?? "?", voluntary: Int(fields["voluntary_ctxt_switches"] ?? "") ?? 0,
                                   involuntary: Int(fields["nonvoluntary_ctxt_switches"] ?? "") ?? 0,
                                   state: String((fields["State"] ?? "?").prefix(1)))
        }
        return out
    }

    /// Switches between two counts, of the threads `counted` picks: a thread's growth, all of a thread
    /// that started between them, and one for each thread that ended (it woke to end).
    static func switches(from before: [String: ThreadState], to after: [String: ThreadState], voluntaryOnly: Bool = false,
                         counted: (String) -> Bool = { _ in true }) -> Int {
        func total(_ t: ThreadState) -> Int { t.voluntary + (voluntaryOnly ? 0 : t.involuntary) }
        let grown = after.filter { counted($0.value.name) }.reduce(0) { sum, thread in
            sum + total(thread.value) - (before[thread.key].map(total) ?? 0)
        }
        return grown + before.filter { after[$0.key] == nil && counted($0.value.name) }.count
    }

    /// Who switched, for a failure's message.
    static func account(from before: [String: ThreadState], to after: [String: ThreadState]) -> String {
        after.sorted { $0.key < $1.key }.compactMap { tid, t in
            let b = before[tid]
            let v = t.voluntary - (b?.voluntary ?? 0), i = t.involuntary - (b?.involuntary ?? 0)
            return v + i == 0 && b != nil ? nil : "\(t.name)[\(tid)] +\(v) voluntary +\(i) involuntary\(b == nil ? " (new)" : "")"
        }.joined(separator: ", ") + before.keys.filter { after[$0] == nil }.map { " ended: \(before[$0]?.name ?? $0)[\($0)]" }.joined()
    }

    /// Waits (up to `seconds`) until start-up's or a reload's last work is over: every thread but those
    /// `ignoring` picks asleep, and none of them switching, through two checks a second apart. Waited
    /// for, not timed: on a loaded machine that work can take many seconds.
    static func settle(_ pid: Int32, seconds: Double = 90, ignoring: (String) -> Bool = { _ in false }) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        func considered(_ all: [String: ThreadState]) -> [String: ThreadState] { all.filter { !ignoring($0.value.name) } }
        var last = considered(threads(pid))
        var quiet = 0
        while quiet < 2 {
            if Date() > deadline { throw DaemonTestFailure("the daemon did not settle in \(seconds) s: \(account(from: [:], to: last))") }
            try await Task.sleep(for: .seconds(1))
            let now = considered(threads(pid))
            quiet = now == last && now.values.allSatisfy({ $0.state == "S" }) ? quiet + 1 : 0
            last = now
        }
    }

    static func station(watchdogUsec: String? = nil, socket: NotifySocket? = nil) async throws -> (TestStation, Int32) {
        let s = try TestStation()
        try s.tone("mot.wav", hz: 440, seconds: 0.3)
        try s.write("loa.toml", s.main(device: "loa_cap"))
        // Its next airing an hour away: nothing is due in the window counted.
        try s.write("announcements.d/a.toml", "approved_by = \"Vi Văn Thái\"\n" + s.announcement("mot", "Thông báo một", at: s.clock(inSeconds: 3600)))
        var environment: [String: String] = [:]
        if let watchdogUsec, let socket { environment = ["NOTIFY_SOCKET": socket.path, "WATCHDOG_USEC": watchdogUsec] }
        try s.start(environment: environment)
        let pid = try #require(s.process?.processIdentifier)
        try await s.waitFor("the daemon on air", seconds: 30) { s.stderr.contains("loa is on air") }
        try await s.waitFor("the status written") { FileManager.default.fileExists(atPath: s.statusPath) }
        return (s, pid)
    }

    @Test func withNothingDueAndNoWatchdogTheDaemonDoesNotWakeNorAfterAReload() async throws {
        let (s, pid) = try await Self.station()
        try await Self.settle(pid)
        let before = Self.threads(pid)
        try await Task.sleep(for: .seconds(30))
        let after = Self.threads(pid)
        let idle = Self.switches(from: before, to: after)
        #expect(idle == 0, "switched \(idle) times in 30 s with nothing to do: \(Self.account(from: before, to: after))")
        #expect(!after.values.contains { $0.name == "loa-watchdog" }, "no watchdog, no watchdog thread")
        // A reload wakes it (a reason); then it sleeps again.
        s.signal(SIGHUP)
        try await s.waitFor("the reload", seconds: 20) { s.stderr.contains("configuration re-read (SIGHUP)") }
        try await Self.settle(pid)
        let afterReload = Self.threads(pid)
        try await Task.sleep(for: .seconds(15))
        let later = Self.threads(pid)
        let idleAgain = Self.switches(from: afterReload, to: later)
        #expect(idleAgain == 0, "switched \(idleAgain) times in 15 s after a reload: \(Self.account(from: afterReload, to: later))")
        s.signal(SIGTERM)
        let exit = await s.waitForExit(seconds: 10)
        #expect(exit?.status == 0)
    }

    @Test func withAWatchdogItWakesOnlyToPingAtHalfItsInterval() async throws {
        let socket = try NotifySocket()
        // A 4 s watchdog: a ping every 2 s.
        let (s, pid) = try await Self.station(watchdogUsec: "4000000", socket: socket)
        // Settled when the threads that have nothing to do with a ping sleep.
        try await Self.settle(pid) { $0 == "loa-watchdog" }
        while socket.receiveStamped(from: pid) != nil {}
        let before = Self.threads(pid)
        let from = Date().timeIntervalSince1970
        try await Task.sleep(for: .seconds(20))
        let after = Self.threads(pid)
        let to = Date().timeIntervalSince1970
        var pings = 0
        while let m = socket.receiveStamped(from: pid) {
            if m.text == "WATCHDOG=1" && m.queuedAt >= from && m.queuedAt <= to { pings += 1 }
        }
        let expected = (to - from) / 2
        #expect(Double(pings) >= expected - 2 && Double(pings) <= expected + 2, "\(pings) pings in \(to - from) s")
        // A ping wakes the watchdog's own thread at its deadline (OneThreadExecutor); it asks the scheduler,
        // sends WATCHDOG=1 and waits again, all on that thread: one wake-up a ping. Before, the task resumed
        // from its sleep went through a pool worker and back (1.9 wake-ups of the watchdog's thread and one
        // of the pool a ping, BENCHMARKS.md "Idle"); on the pool alone the loop cost about 7. Voluntary
        // switches only: a running thread may be pre-empted on a busy machine. A ping at either end of the
        // window may be counted on one side and not the other.
        let watchdog = Self.switches(from: before, to: after, voluntaryOnly: true) { $0 == "loa-watchdog" }
        #expect(watchdog <= pings + 2, "the watchdog thread woke \(watchdog) times for \(pings) pings: \(Self.account(from: before, to: after))")
        let others = Self.switches(from: before, to: after, voluntaryOnly: true) { $0 != "loa-watchdog" }
        #expect(others <= 2, "other threads woke \(others) times for \(pings) pings: \(Self.account(from: before, to: after))")
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }
}
