import Foundation

/// Slows down and then locks password guessing, per user name and client address: after a few wrong
/// passwords each further try must wait longer, and after more the pair is locked for a while. A locked
/// pair is refused even with the right password. Time is passed in (`now:`), so tests need no sleeping.
/// Hand-written: hummingbird-auth authenticates but does not rate-limit.
public actor LoginThrottle {
    public struct Policy: Sendable, Equatable {
        /// Wrong passwords allowed before any waiting.
        public var freeFailures: Int
        /// The wait after the first failure beyond the free ones; it doubles with each further failure.
        public var firstDelay: TimeInterval
        /// Wrong passwords after which the pair is locked.
        public var lockAfter: Int
        /// How long a lock lasts; the count starts again after it.
        public var lockDuration: TimeInterval

        public init(freeFailures: Int = 3, firstDelay: TimeInterval = 2, lockAfter: Int = 6, lockDuration: TimeInterval = 15 * 60) {
            self.freeFailures = max(0, freeFailures)
            self.firstDelay = max(0, firstDelay)
            self.lockAfter = max(self.freeFailures + 1, lockAfter)
            self.lockDuration = max(0, lockDuration)
        }
    }

    /// Whether a login may be tried now.
    public enum Decision: Sendable, Equatable {
        case allowed
        /// Too soon after the last wrong password: try again in `retryAfter` seconds. The password is not checked.
        case slowedDown(retryAfter: TimeInterval)
        /// Locked until `until`. The password is not checked.
        case locked(until: Date)

        public var isAllowed: Bool { self == .allowed }
    }

    private struct Key: Hashable {
        var user: String
        var address: String
    }

    private struct Record {
        var failures: Int
        var lastFailure: Date
    }

    public let policy: Policy
    private var records: [Key: Record] = [:]
    /// Past this many remembered pairs, the ones that no longer matter are forgotten, so a flood of
    /// made-up names cannot grow the memory without bound.
    private let pruneThreshold = 10_000

    public init(policy: Policy = Policy()) {
        self.policy = policy
    }

    /// Whether `user` from `address` may try a password at `now`.
    public func check(user: String, address: String, now: Date = Date()) -> Decision {
        let key = Key(user: WebAccountName.normalised(user), address: address)
        guard let record = records[key] else { return .allowed }
        if record.failures >= policy.lockAfter {
            let until = record.lastFailure.addingTimeInterval(policy.lockDuration)
            if now < until { return .locked(until: until) }
            records[key] = nil
            return .allowed
        }
        if record.failures >= policy.freeFailures {
            let wait = delay(afterFailures: record.failures)
            let allowedAt = record.lastFailure.addingTimeInterval(wait)
            if now < allowedAt { return .slowedDown(retryAfter: allowedAt.timeIntervalSince(now)) }
        }
        return .allowed
    }

    /// Records a wrong password (or unknown user) for the pair; returns what the next try will meet.
    @discardableResult
    public func recordFailure(user: String, address: String, now: Date = Date()) -> Decision {
        let key = Key(user: WebAccountName.normalised(user), address: address)
        var record = records[key] ?? Record(failures: 0, lastFailure: now)
        record.failures += 1
        record.lastFailure = now
        records[key] = record
        if records.count > pruneThreshold { prune(now: now) }
        return check(user: user, address: address, now: now)
    }

    /// A right password: the pair starts again with no failures.
    public func recordSuccess(user: String, address: String) {
        records[Key(user: WebAccountName.normalised(user), address: address)] = nil
    }

    private func delay(afterFailures failures: Int) -> TimeInterval {
        let beyond = failures - policy.freeFailures
        return policy.firstDelay * pow(2, Double(max(0, beyond)))
    }

    private func prune(now: Date) {
        let forgetAfter = max(policy.lockDuration, delay(afterFailures: policy.lockAfter))
        records = records.filter { now.timeIntervalSince($0.value.lastFailure) < forgetAfter }
    }
}
