import Foundation
import Synchronization
import Testing
@testable import LoaWeb

/// Sessions and logins: expiry on a clock the test moves, the throttle in front of the password check,
/// the cookie's attributes, and where a login may send the browser.
@Suite struct ConsoleSessionTests {
    final class TestClock: Sendable {
        let now = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        func advance(_ seconds: TimeInterval) { now.withLock { $0 += seconds } }
    }

    @Test func aSessionEndsAfterItsIdleTimeAndAfterItsLongestLife() async {
        let clock = TestClock()
        let store = SessionStore(idleSeconds: 1800, maxSeconds: 12 * 3600, now: { clock.now.withLock { $0 } })
        let user = WebAccount(name: "canbo", displayName: "Nguyễn Thị Cán Bộ", role: .officer)
        let session = await store.create(for: user)
        clock.advance(1799)
        #expect(await store.find(session.id)?.user == user)
        clock.advance(1799)
        #expect(await store.find(session.id) != nil, "each request restarts the idle time")
        clock.advance(1800)
        #expect(await store.find(session.id) == nil)

        let busy = await store.create(for: user)
        for _ in 0..<30 {
            clock.advance(1500)
            _ = await store.find(busy.id)
        }
        #expect(await store.find(busy.id) == nil, "12 hours after login, however busy")
    }

    @Test func wrongPasswordsAreSlowedThenLockedEvenForTheRightOne() async throws {
        let throttle = ThrottleAdapter(LoginThrottle(policy: .init(freeFailures: 2, firstDelay: 30, lockAfter: 4, lockDuration: 900)))
        let h = try await ConsoleHarness(throttle: throttle)
        defer { h.stop() }
        let c = h.client()
        func attempt(_ password: String) async throws -> ConsoleHarness.Answer {
            let page = try await c.request("/login")
            let token = ConsoleHarness.Client.value(of: "csrf", in: page.body) ?? ""
            return try await c.request("/login", method: "POST", form: [("csrf", token), ("user", "canbo"), ("password", password)])
        }
        #expect(try await attempt("sai-1").status == 401)
        #expect(try await attempt("sai-2").status == 401)
        let slowed = try await attempt(ConsoleHarness.password)
        #expect(slowed.status == 429)
        #expect(slowed.body.range(of: #"hãy chờ [0-9]+ giây"#, options: .regularExpression) != nil)
        #expect(try await c.request("/today").status == 303, "not logged in")
    }

    @Test func theSessionCookieIsHTTPOnlyAndSameSiteAndALoginStaysOnThisSite() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let c = h.client()
        let page = try await c.request("/login?next=//evil.example/phish")
        #expect(page.body.contains("name=\"next\" value=\"/today\""))
        let token = ConsoleHarness.Client.value(of: "csrf", in: page.body) ?? ""
        let answer = try await c.request("/login", method: "POST", form: [("csrf", token), ("user", "canbo"), ("password", ConsoleHarness.password),
                                                                         ("next", "https://evil.example/")])
        #expect(answer.status == 303)
        #expect(answer.headers.contains("location: /today") || answer.headers.contains("Location: /today"))
        let cookie = try #require(answer.headers.split(whereSeparator: \.isNewline).first { $0.lowercased().hasPrefix("set-cookie: loa_session=") })
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Strict"))
        #expect(cookie.contains("Path=/"))
    }

    @Test func loggingOutEndsTheSession() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let c = h.client()
        let csrf = try await c.login("canbo")
        #expect(try await c.request("/today").status == 200)
        #expect(try await c.request("/logout", method: "POST", form: [("csrf", csrf)]).status == 303)
        #expect(try await c.request("/today").status == 303)
    }
}
