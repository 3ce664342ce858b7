import Crypto
import Foundation
import Synchronization

/// SHA-256 of a file's bytes, read in blocks so a long recording never sits in memory whole.
public enum FileHash {
    public static func sha256(path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AudioFileError.unreadable(path: path, detail: "cannot open it to compute its SHA-256")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let block = try handle.read(upToCount: 1 << 16), !block.isEmpty {
            hasher.update(data: block)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// SHA-256 of a configuration's audio files, taken when it is loaded (for the log's audio_sha256, never
/// at air time); a file whose size and modification time are unchanged since the last load keeps its hash,
/// so a reload reads only what changed.
public final class FileHashes: Sendable {
    public static let shared = FileHashes()
    private let known = Mutex<[String: (stamp: FileStamp, sha: String)]>([:])

    /// A file that cannot be read has none: it fails when it airs.
    public func sha256(of paths: [String]) -> [String: String] {
        var out: [String: String] = [:]
        for path in paths {
            guard let stamp = FileStamp(path: path) else { continue }
            if let hit = known.withLock({ $0[path] }), hit.stamp == stamp {
                out[path] = hit.sha
            } else if let sha = try? FileHash.sha256(path: path) {
                known.withLock { $0[path] = (stamp, sha) }
                out[path] = sha
            }
        }
        return out
    }
}
