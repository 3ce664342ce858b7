import Crypto
import Foundation
import Logging

/// The console's sessions. Kept in memory and, given a file (`loa web --state-dir`), saved there too, so a
/// restart of `loa web` (a package upgrade) does not log everyone out. The file holds only the SHA-256 of
/// each session token: whoever copies it cannot present a session. It is rewritten on login, logout and
/// expiry, and when a session's last use moved by more than `lastSeenSlack`: not on every request (the
/// Today page polls), so after a restart a session may look up to that much older than it is — it ends a
/// little early, never late.
public actor SessionStore {
    public struct Session: Sendable {
        /// The token as the browser's cookie carries it; never written to disk.
        public let id: String
        public var user: WebAccount
        /// The account's password stamp at login (`ConsoleAccounts.passwordStamp`): once it differs, the
        /// password was changed and the session ends.
        public let passwordStamp: String
        /// Every form of this session carries it; a POST without it is refused. Derived from the token, so
        /// the file need not keep it and a restart does not change it under an open form.
        public let csrf: String
        let createdAt: Date
        var lastSeen: Date
    }

    static let lastSeenSlack: TimeInterval = 60

    private var records: [String: SessionRecord] = [:]
    private var saved: [String: Date] = [:]
    private let idle: TimeInterval
    private let maximum: TimeInterval
    private let now: @Sendable () -> Date
    private let file: SessionFile?
    private let logger: Logger

    /// Sessions in memory only (the tests' harness), or also in `file`, read here once.
    public init(idleSeconds: Int, maxSeconds: Int, file path: String? = nil, logger: Logger = Logger(label: "loa-web"),
                now: @escaping @Sendable () -> Date = Date.init) {
        idle = TimeInterval(idleSeconds)
        maximum = TimeInterval(maxSeconds)
        self.now = now
        self.logger = logger
        file = path.map(SessionFile.init(path:))
        if let file {
            do {
                for record in try file.load() { records[record.tokenHash] = record }
            } catch {
                // Everyone logs in again; the console itself keeps working.
                logger.warning("the saved sessions were not read; everyone logs in again", metadata: ["file": "\(file.path)", "error": "\(error)"])
            }
        }
        saved = records.mapValues(\.lastSeen)
    }

    public func create(for user: WebAccount, passwordStamp: String = "") -> Session {
        let t = now()
        sweep(t)
        let token = Token.make()
        let record = SessionRecord(tokenHash: Self.hash(token), user: user.name, displayName: user.displayName, role: user.role,
                                   passwordStamp: passwordStamp, createdAt: t, lastSeen: t)
        records[record.tokenHash] = record
        save()
        return session(token, record)
    }

    /// The live session with this token, its idle clock restarted; nil (and forgotten) once expired.
    public func find(_ token: String) -> Session? {
        let t = now()
        let key = Self.hash(token)
        guard var record = records[key] else { return nil }
        guard alive(record, t) else {
            records[key] = nil
            save()
            return nil
        }
        record.lastSeen = t
        records[key] = record
        if t.timeIntervalSince(saved[key] ?? .distantPast) > Self.lastSeenSlack { save() }
        return session(token, record)
    }

    public func end(_ token: String) {
        guard records.removeValue(forKey: Self.hash(token)) != nil else { return }
        save()
    }

    private func session(_ token: String, _ record: SessionRecord) -> Session {
        Session(id: token, user: WebAccount(name: record.user, displayName: record.displayName, role: record.role),
                passwordStamp: record.passwordStamp, csrf: Self.csrf(for: token), createdAt: record.createdAt, lastSeen: record.lastSeen)
    }

    private func alive(_ record: SessionRecord, _ t: Date) -> Bool {
        t.timeIntervalSince(record.lastSeen) < idle && t.timeIntervalSince(record.createdAt) < maximum
    }

    private func sweep(_ t: Date) {
        records = records.filter { alive($0.value, t) }
    }

    private func save() {
        guard let file else { return }
        do {
            try file.save(Array(records.values))
            saved = records.mapValues(\.lastSeen)
        } catch {
            // The sessions still work until the next restart; the journal says why they will not survive it.
            logger.error("the sessions could not be saved; a restart will log everyone out", metadata: ["file": "\(file.path)", "error": "\(error)"])
        }
    }

    /// What the file keeps instead of the token.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The session's CSRF token: a different hash of the session token, so neither the file's hash nor the
    /// CSRF token in a page gives the session.
    static func csrf(for token: String) -> String {
        hash("loa-web csrf\u{0}" + token)
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
