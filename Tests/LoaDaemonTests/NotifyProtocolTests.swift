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
        var messages: [String] = []
        func collect(for seconds: Double) async throws {
            let end = Date().addingTimeInterval(seconds)
            while Date() < end {
                while let m = socket.receive(from: pid) { messages.append(m) }
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        try await collect(for: 3)
        let ready = try #require(messages.firstIndex { $0.contains("READY=1") }, "\(messages)")
        #expect(messages[ready].contains("STATUS="))
        #expect(messages.contains { $0.hasPrefix("STATUS=") && $0.contains("Thông báo một") }, "the status names what is next")
        let pings = messages.filter { $0 == "WATCHDOG=1" }.count
        #expect(pings >= 3 && pings <= 8, "about two pings a second for 3 s: \(pings)")
        messages.removeAll()
        s.signal(SIGHUP)
        try await collect(for: 1.5)
        let reloading = try #require(messages.firstIndex { $0.contains("RELOADING=1") }, "\(messages)")
        #expect(messages[reloading...].contains { $0.contains("READY=1") })
        messages.removeAll()
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
        while let m = socket.receive(from: pid) { messages.append(m) }
        #expect(messages.contains { $0.contains("STOPPING=1") }, "\(messages)")
    }
}
