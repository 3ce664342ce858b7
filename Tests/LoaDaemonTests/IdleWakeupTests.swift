import Foundation
import Testing

/// An idle `loa run` does not wake: counted as the kernel counts a thread's wake-ups (its voluntary
/// context switches, /proc/PID/task/TID/status), over every thread of the daemon. A thread asleep cannot
/// add to that count however busy the machine is, so the bound holds on a loaded machine too. (A
/// libdispatch worker arms a monitor timer that wakes the process every second: 30 in 30 s.)
@Suite struct IdleWakeupTests {
    /// Each thread's voluntary context switches, by thread id.
    static func wakeups(_ pid: Int32) -> [String: Int] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var out: [String: Int] = [:]
        for tid in tasks {
            let status = (try? String(contentsOfFile: "/proc/\(pid)/task/\(tid)/status", encoding: .utf8)) ?? ""
            for line in status.split(separator: "\n") where line.hasPrefix("voluntary_ctxt_switches:") {
                out[tid] = Int(line.split(separator: "\t").last.map(String.init) ?? "")
            }
        }
        return out
    }

    /// Wake-ups between two counts: a thread's growth, all of a thread that started between them, and
    /// one for each thread that ended (it woke to end).
    static func woke(from before: [String: Int], to after: [String: Int]) -> Int {
        after.reduce(0) { $0 + $1.value - (before[$1.key] ?? 0) } + before.keys.filter { after[$0] == nil }.count
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
        // Start-up's last writes (the plan kept in the log, the status file) are over before the count.
        try await Task.sleep(for: .seconds(2))
        return (s, pid)
    }

    @Test func withNothingDueAndNoWatchdogTheDaemonDoesNotWakeNorAfterAReload() async throws {
        let (s, pid) = try await Self.station()
        let before = Self.wakeups(pid)
        try await Task.sleep(for: .seconds(30))
        let idle = Self.woke(from: before, to: Self.wakeups(pid))
        #expect(idle <= 3, "woke \(idle) times in 30 s with nothing to do")
        // A reload wakes it (a reason); then it sleeps again.
        s.signal(SIGHUP)
        try await s.waitFor("the reload", seconds: 20) { s.stderr.contains("configuration re-read (SIGHUP)") }
        try await Task.sleep(for: .seconds(2))
        let afterReload = Self.wakeups(pid)
        try await Task.sleep(for: .seconds(15))
        let idleAgain = Self.woke(from: afterReload, to: Self.wakeups(pid))
        #expect(idleAgain <= 3, "woke \(idleAgain) times in 15 s after a reload")
        s.signal(SIGTERM)
        let exit = await s.waitForExit(seconds: 10)
        #expect(exit?.status == 0)
    }

    @Test func withAWatchdogItWakesOnlyToPingAtHalfItsInterval() async throws {
        let socket = try NotifySocket()
        // A 4 s watchdog: a ping every 2 s.
        let (s, pid) = try await Self.station(watchdogUsec: "4000000", socket: socket)
        while socket.receiveStamped(from: pid) != nil {}
        let before = Self.wakeups(pid)
        let from = Date().timeIntervalSince1970
        try await Task.sleep(for: .seconds(20))
        let woke = Self.woke(from: before, to: Self.wakeups(pid))
        let to = Date().timeIntervalSince1970
        var pings = 0
        while let m = socket.receiveStamped(from: pid) {
            if m.text == "WATCHDOG=1" && m.queuedAt >= from && m.queuedAt <= to { pings += 1 }
        }
        let expected = (to - from) / 2
        #expect(Double(pings) >= expected - 2 && Double(pings) <= expected + 2, "\(pings) pings in \(to - from) s")
        // Each ping is a few wake-ups (the sleep's timer, the threads that run the loop and ask the scheduler,
        // about 7 in all when measured), and nothing wakes between pings.
        #expect(woke <= 10 * pings + 3, "woke \(woke) times for \(pings) pings")
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }
}
