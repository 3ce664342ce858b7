import Foundation

/// The console's sessions, in memory: a restart of `loa web` logs everyone out, which is acceptable for
/// a handful of officers and keeps no secret on disk.
public actor SessionStore {
    public struct Session: Sendable {
        public let id: String
        public var user: WebAccount
        /// Every form of this session carries it; a POST without it is refused.
        public let csrf: String
        let createdAt: Date
        var lastSeen: Date
    }

    private var sessions: [String: Session] = [:]
    private let idle: TimeInterval
    private let maximum: TimeInterval
    private let now: @Sendable () -> Date

    public init(idleSeconds: Int, maxSeconds: Int, now: @escaping @Sendable () -> Date = Date.init) {
        idle = TimeInterval(idleSeconds)
        maximum = TimeInterval(maxSeconds)
        self.now = now
    }

    public func create(for user: WebAccount) -> Session {
        let t = now()
        sweep(t)
        let session = Session(id: Token.make(), user: user, csrf: Token.make(), createdAt: t, lastSeen: t)
        sessions[session.id] = session
        return session
    }

    /// The live session with this id, its idle clock restarted; nil (and forgotten) once expired.
    public func find(_ id: String) -> Session? {
        let t = now()
        guard var session = sessions[id] else { return nil }
        guard t.timeIntervalSince(session.lastSeen) < idle, t.timeIntervalSince(session.createdAt) < maximum else {
            sessions[id] = nil
            return nil
        }
        session.lastSeen = t
        sessions[id] = session
        return session
    }

    public func end(_ id: String) {
        sessions[id] = nil
    }

    private func sweep(_ t: Date) {
        sessions = sessions.filter { t.timeIntervalSince($0.value.lastSeen) < idle && t.timeIntervalSince($0.value.createdAt) < maximum }
    }
}

/// Unguessable tokens for session ids, CSRF tokens and upload names: 32 random bytes from the system's
/// generator (getrandom), as hex.
enum Token {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let word = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - word.count) + word
        }.joined()
    }

    static func isWellFormed(_ text: some StringProtocol) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
