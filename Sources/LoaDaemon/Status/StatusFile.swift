import Foundation
import LoaCore

/// `/run/loa/status.json`, replaced atomically (write a temporary file, then rename) so `loa status`
/// never reads half a file. Rewritten at every decision of the scheduler and at every item's start and
/// end; readable by the group of its folder (`loa`), not by others.
public struct StatusFile: Sendable {
    public let path: String
    /// The emergency folder of the daemon writing it: where `loa announce` hands requests in.
    public let emergencyFolder: String?

    public init(path: String, emergencyFolder: String? = nil) {
        self.path = path
        // Absolute: `loa announce` reads it from another working directory.
        self.emergencyFolder = emergencyFolder.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    public struct Document: Codable, Sendable, Equatable {
        public struct Airing: Codable, Sendable, Equatable {
            public var identity: String
            public var title: String
            public var start: String
            public var zones: [String]
        }
        public struct RefusedReload: Codable, Sendable, Equatable {
            public var at: String
            public var count: Int
            public var errors: [String]
        }
        public var station: String
        public var updated: String
        public var pid: Int32
        public var configRevision: String
        public var onAir: [Airing]
        public var next: Airing?
        public var faults: [String]
        // Optional: a status file written by an older loa has none of these.
        /// When it was written, and by when the daemon will write it again at the latest (its next event), Unix ms.
        public var updatedMs: Int64?
        public var untilMs: Int64?
        public var zones: [String]?
        public var emergencyFolder: String?
        public var refusedReload: RefusedReload?
        /// The systemd unit running the daemon, if systemd started it.
        public var systemdUnit: String?
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
        func local(_ ms: Int64) -> String {
            let (d, t) = snapshot.resolver.local(ms)
            return "\(d) \(t)"
        }
        let doc = Document(station: snapshot.station, updated: local(snapshot.updatedMs), pid: getpid(), configRevision: snapshot.revision,
                           onAir: snapshot.onAir.map(airing), next: snapshot.next.map(airing), faults: snapshot.faults,
                           updatedMs: snapshot.updatedMs, untilMs: snapshot.untilMs, zones: snapshot.zones,
                           emergencyFolder: emergencyFolder,
                           refusedReload: snapshot.refusedReload.map { .init(at: local($0.atMs), count: $0.count, errors: $0.errors) },
                           systemdUnit: SystemdUnit.current, itemFaults: snapshot.itemFaults, fallback: snapshot.fallback)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(doc) else { return }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try? SharedFile.write(data, to: path, mode: 0o640)
    }

    public func read() -> Document? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Document.self, from: data)
    }
}
