import Foundation
import Testing

/// `loa run` speaks sd_notify to what it finds in NOTIFY_SOCKET: a datagram socket the test binds.
@Suite struct NotifyProtocolTests {
    @Test func readyStatusWatchdogReloadingAndStopping() async throws {
        let s = try TestStation()
        let socket = try NotifySocket()
        try s.tone("mot.wav", hz: 440, seconds: 0.3)
        try s.write("loa.toml", s.main(device: "loa_cap"))
        try s.write("announcements.d/a.toml", "approved_by = \"Vi Văn Thái\"\n" + s.announcement("mot", "Thông báo một", at: s.clock(inSeconds: 30)))
        // A 1 s watchdog: loa pings at half of it, while its scheduler answers.
        try s.start(environment: ["NOTIFY_SOCKET": socket.path, "WATCHDOG_USEC": "1000000"])
        let pid = try #require(s.process?.processIdentifier)
        var stamped: [NotifySocket.Datagram] = []
        var messages: [String] { stamped.map(\.text) }
        func drain() { while let m = socket.receiveStamped(from: pid) { stamped.append(m) } }
        func collect(for seconds: Double) async throws {
            let end = Date().addingTimeInterval(seconds)
            while Date() < end {
                drain()
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        // Start-up is waited for, not timed: with the other suites' processes starting beside it on a busy
        // machine, it has taken over three seconds.
        let startedBy = Date().addingTimeInterval(20)
        while !messages.contains(where: { $0.contains("READY=1") }), Date() < startedBy { try await collect(for: 0.1) }
        let ready = try #require(stamped.firstIndex { $0.text.contains("READY=1") }, "\(messages)")
        #expect(stamped[ready].text.contains("STATUS="))
        // The pings are counted over the three seconds after READY by when the kernel queued them: this
        // test's own sleeps can overrun by seconds while other tests hold the cooperative threads.
        let window = stamped[ready].queuedAt...(stamped[ready].queuedAt + 3)
        while Date().timeIntervalSince1970 < window.upperBound + 0.2 { try await collect(for: 0.1) }
        #expect(messages.contains { $0.hasPrefix("STATUS=") && $0.contains("Thông báo một") }, "the status names what is next")
        let pings = stamped.filter { $0.text == "WATCHDOG=1" && window.contains($0.queuedAt) }.count
        #expect(pings >= 3 && pings <= 7, "about two pings a second for 3 s: \(pings)")
        stamped.removeAll()
        s.signal(SIGHUP)
        func reloaded() -> Bool {
            guard let at = messages.firstIndex(where: { $0.contains("RELOADING=1") }) else { return false }
            return messages[at...].contains { $0.contains("READY=1") }
        }
        let reloadedBy = Date().addingTimeInterval(10)
        while !reloaded(), Date() < reloadedBy { try await collect(for: 0.1) }
        let reloading = try #require(messages.firstIndex { $0.contains("RELOADING=1") }, "\(messages)")
        #expect(messages[reloading...].contains { $0.contains("READY=1") })
        stamped.removeAll()
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
        drain()
        #expect(messages.contains { $0.contains("STOPPING=1") }, "\(messages)")
    }
}
