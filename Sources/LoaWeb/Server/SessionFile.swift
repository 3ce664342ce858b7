import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One session as the file keeps it: the token's SHA-256, never the token.
struct SessionRecord: Codable, Sendable, Equatable {
    var tokenHash: String
    var user: String
    var displayName: String
    var role: WebRole
    /// The account's password stamp at login: a changed password (or an account removed and added again)
    /// no longer matches, and the session ends.
    var passwordStamp: String
    var createdAt: Date
    var lastSeen: Date

    enum CodingKeys: String, CodingKey {
        case tokenHash = "token_sha256"
        case user
        case displayName = "display_name"
        case role
        case passwordStamp = "password_stamp"
        case createdAt = "created"
        case lastSeen = "last_seen"
    }
}

/// `sessions.json` in loa web's state folder (/var/lib/loa/web): mode 600, replaced atomically, so a
/// crash mid-write leaves the old file and no other user may read it.
///
///     { "version": 1, "sessions": [ { "token_sha256": "…", "user": "lan", "display_name": "Nguyễn Thị Lan",
///       "role": "officer", "password_stamp": "…", "created": 1800000000, "last_seen": 1800000600 } ] }
struct SessionFile: Sendable {
    static let currentVersion = 1
    let path: String

    private struct Contents: Codable {
        var version: Int
        var sessions: [SessionRecord]
    }

    /// The sessions saved; none when there is no file yet. A file of another version is ignored (its
    /// sessions end) rather than misread.
    func load() throws -> [SessionRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) { throw SessionFileError("\(path): cannot be read") }
            return []
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let contents = try decoder.decode(Contents.self, from: data)
        guard contents.version == Self.currentVersion else { return [] }
        return contents.sessions.filter { Token.isWellFormed($0.tokenHash) }
    }

    func save(_ records: [SessionRecord]) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(Contents(version: Self.currentVersion, sessions: records.sorted { $0.createdAt < $1.createdAt }))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("cannot create \(temporary)") }
        var written = false
        defer {
            close(fd)
            if !written { unlink(temporary) }
        }
        // Again explicitly: a temporary file left by an earlier crash keeps its old mode through O_TRUNC.
        guard fchmod(fd, 0o600) == 0 else { throw failure("cannot set the mode of \(temporary)") }
        guard writeAll(fd, data) else { throw failure("cannot write \(temporary)") }
        guard fsync(fd) == 0 else { throw failure("cannot flush \(temporary)") }
        guard rename(temporary, path) == 0 else { throw failure("cannot replace the file") }
        written = true
    }

    private func failure(_ what: String) -> SessionFileError {
        SessionFileError("\(path): \(what): \(String(cString: strerror(errno)))")
    }
}

struct SessionFileError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
