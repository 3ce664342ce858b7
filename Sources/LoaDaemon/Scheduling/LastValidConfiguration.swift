import Foundation
import LoaCore

/// The last configuration the daemon loaded successfully, kept in its state folder (beside the log) so
/// that a daemon started with a configuration it cannot understand airs that one rather than nothing.
///
/// The texts are kept exactly (so the revision is the same) with the folder each was read from, so their
/// audio paths resolve to the same recordings as when they were loaded.
public struct LastValidConfiguration: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public struct Saved: Codable, Sendable, Equatable {
        public var revision: String
        /// The main file it was read from.
        public var configPath: String
        /// When it was loaded, station time, `2023-11-15 06:00:00`.
        public var loaded: String
        public var sources: [ConfigSource]
    }

    /// Written to a temporary file and renamed, so a crash never leaves half a copy.
    public func save(_ saved: Saved) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let data = try JSONEncoder().encode(saved)
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o640]) else {
            throw DaemonError.config("cannot write \(temporary)")
        }
        guard rename(temporary, path) == 0 else { throw DaemonError.config("cannot rename \(temporary): \(String(cString: strerror(errno)))") }
    }

    public func read() -> Saved? {
        guard let data = FileManager.default.contents(atPath: path), let saved = try? JSONDecoder().decode(Saved.self, from: data),
              !saved.sources.isEmpty else { return nil }
        return saved
    }
}
