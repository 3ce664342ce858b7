import Foundation
import LoaTestSupport
import Testing

/// Sessions kept in `--state-dir`/sessions.json across restarts of the real `loa web`: a login survives a
/// restart; a logout, a changed password or an expired session does not; the file holds no token.
@Suite struct WebSessionRestartTests {
    @Test func aLoginSurvivesARestartAndTheFileHoldsOnlyTheTokensHash() async throws {
        let station = try WebStation()
        #expect(try await station.addOfficer() == 0)
        let browser = station.browser()
        var server = try await station.start()
        let (answer, csrf) = try await browser.login(server.url)
        let cookie = try #require(answer.headers.setCookie("loa_session"))
        let token = try #require(cookie.split(separator: ";").first?.split(separator: "=").last.map(String.init))
        _ = await server.stop()

        let file = station.stateDir + "/sessions.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!text.contains(token), "the token itself never reaches the disk")
        #expect(!text.contains(csrf))
        #expect(text.contains(Self.sha256(token)))
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
        #expect(mode == 0o600)

        server = try await station.start()
        let today = try await browser.request(server.url + "today")
        #expect(today.status == 200, "still logged in after the restart")
        #expect(today.body.contains("Nguyễn Thị Cán Bộ"))
        // The CSRF token of a page opened before the restart still works: logging out with it.
        #expect(try await browser.request(server.url + "logout", method: "POST", form: [("csrf", csrf)]).status == 303)
        _ = await server.stop()

        server = try await station.start()
        #expect(try await browser.request(server.url + "today").status == 303, "a logout holds across a restart")
        _ = await server.stop()
    }

    @Test func aChangedPasswordARemovedAccountOrAnExpiredSessionEndsItAcrossARestart() async throws {
        let station = try WebStation()
        #expect(try await station.addOfficer() == 0)
        let file = station.stateDir + "/sessions.json"

        // Idle: last used 31 minutes ago (the limit is 30), written into the file while loa web is stopped.
        let idle = station.browser()
        var server = try await station.start()
        _ = try await idle.login(server.url)
        _ = await server.stop()
        try Self.age(file, created: 31 * 60, lastSeen: 31 * 60)
        server = try await station.start()
        #expect(try await idle.request(server.url + "today").status == 303, "30 minutes without a click end it")
        _ = await server.stop()

        // Absolute: logged in 12 h 1 min ago, used a minute ago.
        let old = station.browser()
        server = try await station.start()
        _ = try await old.login(server.url)
        _ = await server.stop()
        try Self.age(file, created: 12 * 3600 + 60, lastSeen: 60)
        server = try await station.start()
        #expect(try await old.request(server.url + "today").status == 303, "12 hours after login it ends however busy")
        _ = await server.stop()

        // A fresh session still works after the same restart; `loa web user passwd` ends it.
        let changed = station.browser()
        server = try await station.start()
        _ = try await changed.login(server.url)
        _ = await server.stop()
        server = try await station.start()
        #expect(try await changed.request(server.url + "today").status == 200)
        _ = await server.stop()
        #expect(try await station.user(["passwd", "canbo"]) == 0)
        server = try await station.start()
        #expect(try await changed.request(server.url + "today").status == 303, "a new password logs the old sessions out")

        // Removed and added again under the same name and password: still not the session's account.
        let removed = station.browser()
        _ = try await removed.login(server.url)
        _ = await server.stop()
        #expect(try await station.user(["remove", "canbo"]) == 0)
        #expect(try await station.addOfficer() == 0)
        server = try await station.start()
        #expect(try await removed.request(server.url + "today").status == 303, "a removed account's sessions end")
        _ = await server.stop()
    }

    @Test func aBrokenSessionsFileLogsEveryoneOutButLoaWebStarts() async throws {
        let station = try WebStation()
        #expect(try await station.addOfficer() == 0)
        try FileManager.default.createDirectory(atPath: station.stateDir, withIntermediateDirectories: true)
        try Data("{ không phải JSON".utf8).write(to: URL(fileURLWithPath: station.stateDir + "/sessions.json"))
        let server = try await station.start()
        let browser = station.browser()
        #expect(try await browser.request(server.url + "today").status == 303)
        _ = try await browser.login(server.url)
        #expect(try await browser.request(server.url + "today").status == 200, "the file is written anew at the next login")
        _ = await server.stop()
    }

    /// Moves every session in the file back in time, as if loa web had been stopped that long.
    static func age(_ file: String, created: TimeInterval, lastSeen: TimeInterval) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        guard var root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let sessions = root["sessions"] as? [[String: Any]] else { throw WebStation.StationError("\(file): not a sessions file") }
        let now = Date().timeIntervalSince1970
        root["sessions"] = sessions.map { session -> [String: Any] in
            var s = session
            s["created"] = now - created
            s["last_seen"] = now - lastSeen
            return s
        }
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: file))
    }

    /// By coreutils, not by the code under test. The token is hex: safe inside quotes.
    static func sha256(_ token: String) -> String {
        let result = try? LoaTestSupport.run("/bin/sh", ["-c", "printf %s '\(token)' | sha256sum"])
        return String((result?.stdout ?? "").prefix(64))
    }
}
