import Foundation
import Testing
@testable import LoaWeb

@Suite struct LoginThrottleTests {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)
    private let policy = LoginThrottle.Policy(freeFailures: 3, firstDelay: 2, lockAfter: 6, lockDuration: 900)

    @Test func wrongPasswordsAreFreeThenSlowedThenLocked() async {
        let throttle = LoginThrottle(policy: policy)
        var now = start
        for _ in 0..<2 {
            await throttle.recordFailure(user: "lan", address: "192.168.1.20", now: now)
            #expect(await throttle.check(user: "lan", address: "192.168.1.20", now: now) == .allowed)
        }
        // The third wrong password: the next try must wait 2 s, then 4 s after the fourth, 8 s after the fifth.
        for wait in [2.0, 4.0, 8.0] {
            await throttle.recordFailure(user: "lan", address: "192.168.1.20", now: now)
            #expect(await throttle.check(user: "lan", address: "192.168.1.20", now: now) == .slowedDown(retryAfter: wait))
            #expect(await throttle.check(user: "lan", address: "192.168.1.20", now: now + wait - 0.5) == .slowedDown(retryAfter: 0.5))
            now += wait
            #expect(await throttle.check(user: "lan", address: "192.168.1.20", now: now) == .allowed)
        }
        // The sixth locks the pair for 15 minutes, right password or not.
        await throttle.recordFailure(user: "lan", address: "192.168.1.20", now: now)
        #expect(await throttle.check(user: "lan", address: "192.168.1.20", now: now + 899) == .locked(until: now + 900))
        #expect(await throttle.check(user: "LAN", address: "192.168.1.20", now: now + 60) == .locked(until: now + 900))
        // Afterwards the count starts again.
        #expect(await throttle.check(user: "lan", address: "192.168.1.20", now: now + 900) == .allowed)
        await throttle.recordFailure(user: "lan", address: "192.168.1.20", now: now + 901)
        #expect(await throttle.check(user: "lan", address: "192.168.1.20", now: now + 901) == .allowed)
    }

    @Test func anotherAddressOrUserIsNotHeldBack() async {
        let throttle = LoginThrottle(policy: policy)
        for _ in 0..<6 { await throttle.recordFailure(user: "lan", address: "192.168.1.20", now: start) }
        #expect(await throttle.check(user: "lan", address: "192.168.1.20", now: start) != .allowed)
        #expect(await throttle.check(user: "lan", address: "192.168.1.21", now: start) == .allowed)
        #expect(await throttle.check(user: "mai", address: "192.168.1.20", now: start) == .allowed)
    }

    @Test func aRightPasswordClearsTheCount() async {
        let throttle = LoginThrottle(policy: policy)
        for _ in 0..<3 { await throttle.recordFailure(user: "lan", address: "::1", now: start) }
        await throttle.recordSuccess(user: "lan", address: "::1")
        #expect(await throttle.check(user: "lan", address: "::1", now: start) == .allowed)
        await throttle.recordFailure(user: "lan", address: "::1", now: start)
        #expect(await throttle.check(user: "lan", address: "::1", now: start) == .allowed)
    }
}
