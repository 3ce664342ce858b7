import Foundation
import LoaCore

/// `/run/loa/status.json`, replaced atomically (write a temporary file, then rename) so `loa status`
/// never reads half a file.
public struct StatusFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public struct Document: Codable, Sendable, Equatable {
        public struct Airing: Codable, Sendable, Equatable {
            public var identity: String
            public var title: String
            public var start: String
            public var zones: [String]
        }
        public var station: String
        public var updated: String
        public var pid: Int32
        public var configRevision: String
        public var onAir: [Airing]
        public var next: Airing?
        public var faults: [String]
        /// Recordings that could not be read when the configuration was (re)loaded; absent in older files.
        public var itemFaults: [String]?
        /// "airing the last valid configuration (…) since … because …", while that is so.
        public var fallback: String?
    }

    public func write(_ snapshot: StatusSnapshot) {
        func airing(_ a: PlannedAiring) -> Document.Airing {
            let (d, t) = snapshot.resolver.local(a.startMs)
            return Document.Airing(identity: a.identity.description, title: a.title, start: "\(d) \(t)", zones: a.zones)
        }
        let (d, t) = snapshot.resolver.local(snapshot.updatedMs)
        let doc = Document(station: snapshot.station, updated: "\(d) \(t)", pid: getpid(), configRevision: snapshot.revision,
                           onAir: snapshot.onAir.map(airing), next: snapshot.next.map(airing), faults: snapshot.faults,
                           itemFaults: snapshot.itemFaults, fallback: snapshot.fallback)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(doc) else { return }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".tmp"
        // Readable by everyone: `loa status` is for the officer, who need not be in the loa group.
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o644]) else { return }
        _ = rename(temporary, path)
    }

    public func read() -> Document? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Document.self, from: data)
    }
}
