import Foundation
import Synchronization

/// Loudness measurements keyed by the file's SHA-256, so each recording is analysed once however often
/// it airs and whatever it is renamed to. Kept in memory, and in `folder` as one small JSON file per
/// hash when one is given (the daemon passes /var/lib/loa/loudness, beside its log).
public final class LoudnessCache: Sendable {
    private let folder: String?
    private let entries = Mutex<[String: Loudness]>([:])
    /// Hashing is cheap but not free: a file whose path, size and modification time are unchanged keeps
    /// its hash.
    private let hashes = Mutex<[String: (stamp: FileStamp, sha: String)]>([:])

    public init(folder: String? = nil) {
        self.folder = folder
    }

    /// The measurement; measures (and stores) on a miss. `mono`: as a mono zone plays it (see
    /// `LoudnessMeter.measure`), kept apart from the stereo measurement.
    public func loudness(path: String, mono: Bool = false) throws -> Loudness {
        // Before hashing: a missing file is "missing", and a pipe would block the hash's read.
        try AudioFileCheck.check(path)
        let sha = try hash(path)
        let key = mono ? sha + "-mono" : sha
        if let hit = entries.withLock({ $0[key] }) { return hit }
        if let stored = readStored(key) {
            entries.withLock { $0[key] = stored }
            return stored
        }
        let measured = try LoudnessMeter.measure(path: path, mono: mono)
        entries.withLock { $0[key] = measured }
        store(measured, sha: key)
        return measured
    }

    /// The file's SHA-256 (the log's audio_sha256), from the same hashes `loudness` keeps: a file the
    /// load's probe has just measured is not read again. Nil when it cannot be read (it fails when it airs).
    public func sha256(path: String) -> String? { try? hash(path) }

    private func hash(_ path: String) throws -> String {
        let stamp = FileStamp(path: path)
        if let stamp, let known = hashes.withLock({ $0[path] }), known.stamp == stamp { return known.sha }
        let sha = try FileHash.sha256(path: path)
        if let stamp { hashes.withLock { $0[path] = (stamp, sha) } }
        return sha
    }

    private func file(_ sha: String) -> URL? {
        folder.map { URL(fileURLWithPath: $0).appendingPathComponent("\(sha).json") }
    }

    private func readStored(_ sha: String) -> Loudness? {
        guard let url = file(sha), let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Loudness.self, from: data)
    }

    /// Best effort: a cache that cannot be written only costs a measurement next time.
    private func store(_ loudness: Loudness, sha: String) {
        guard let folder, let url = file(sha) else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if let data = try? JSONEncoder().encode(loudness) { try? data.write(to: url, options: .atomic) }
    }
}

/// Path, size and modification time: enough to tell that a file has not been replaced.
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var modifiedNs: Int64

    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        size = Int64(st.st_size)
        modifiedNs = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }
}
