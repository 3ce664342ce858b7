import Foundation
import Synchronization
import Testing
@testable import LoaWeb

/// The sessions file on a clock the test moves: a second store over the same file (a restart) finds the
/// session with the same idle and absolute limits; an ended session is gone from the file.
@Suite struct SessionFileTests {
    final class TestClock: Sendable {
        let now = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        func advance(_ seconds: TimeInterval) { now.withLock { $0 += seconds } }
        func read() -> Date { now.withLock { $0 } }
    }

    let user = WebAccount(name: "canbo", displayName: "Nguyễn Thị Cán Bộ", role: .officer)

    func withFile(_ body: (String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-sessions-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await body(folder + "/state/sessions.json")
    }

    @Test func aRestartedStoreFindsTheSessionWithItsCSRFTokenAndItsExpiry() async throws {
        try await withFile { path in
            let clock = TestClock()
            let first = SessionStore(idleSeconds: 1800, maxSeconds: 12 * 3600, file: path, now: { clock.read() })
            let session = await first.create(for: user, passwordStamp: "abc")
            clock.advance(600)

            let second = SessionStore(idleSeconds: 1800, maxSeconds: 12 * 3600, file: path, now: { clock.read() })
            let found = try #require(await second.find(session.id))
            #expect(found.user == user)
            #expect(found.csrf == session.csrf)
            #expect(found.passwordStamp == "abc")
            #expect(await second.find(String(repeating: "0", count: 64)) == nil)

            clock.advance(1799)
            let third = SessionStore(idleSeconds: 1800, maxSeconds: 12 * 3600, file: path, now: { clock.read() })
            #expect(await third.find(session.id) != nil, "its use before this restart restarted the idle time")
            clock.advance(1800)
            let fourth = SessionStore(idleSeconds: 1800, maxSeconds: 12 * 3600, file: path, now: { clock.read() })
            #expect(await fourth.find(session.id) == nil, "30 minutes unused, counted across the restart")
        }
    }

    @Test func aSessionAlwaysUsedStillEndsTwelveHoursAfterLoginAcrossRestarts() async throws {
        try await withFile { path in
            let clock = TestClock()
            let session = await SessionStore(idleSeconds: 1800, maxSeconds: 12 * 3600, file: path, now: { clock.read() }).create(for: user)
            var alive = true
            for _ in 0..<30 {
                clock.advance(1500)
                alive = await SessionStore(idleSeconds: 1800, maxSeconds: 12 * 3600, file: path, now: { clock.read() }).find(session.id) != nil
                if !alive { break }
            }
            #expect(!alive)
            #expect(clock.read().timeIntervalSince1970 - 1_800_000_000 >= 12 * 3600 - 1500)
        }
    }

    @Test func anEndedSessionLeavesTheFileAndTheFileIsPrivate() async throws {
        try await withFile { path in
            let store = SessionStore(idleSeconds: 1800, maxSeconds: 12 * 3600, file: path)
            let session = await store.create(for: user)
            let kept = await store.create(for: user)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.contains(session.id) && !text.contains(session.csrf))
            #expect(text.contains(SessionStore.hash(session.id)))
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
            await store.end(session.id)
            let again = SessionStore(idleSeconds: 1800, maxSeconds: 12 * 3600, file: path)
            #expect(await again.find(session.id) == nil)
            #expect(await again.find(kept.id) != nil)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
            #expect(leftovers == ["sessions.json"], "no temporary file left behind")
        }
    }
}
