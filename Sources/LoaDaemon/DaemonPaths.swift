import Foundation
import LoaCore

/// Where the daemon keeps its files on a Debian system (FHS); every one can be changed for tests.
public struct DaemonPaths: Sendable, Hashable {
    /// The main configuration file; announcements.d/ beside it.
    public var config: String
    /// The airing log (SQLite).
    public var log: String
    /// Files dropped here air at once (`loa announce` puts them here).
    public var emergencyFolder: String
    /// The status file `loa status` reads, written atomically.
    public var status: String
    /// Loudness measurements, one small file per recording, beside the log.
    public var loudnessCache: String { URL(fileURLWithPath: log).deletingLastPathComponent().appendingPathComponent("loudness").path }
    /// The last configuration loaded successfully, aired when a starting daemon cannot understand the current one.
    public var lastValidConfig: String { URL(fileURLWithPath: log).deletingLastPathComponent().appendingPathComponent("last-valid-config.json").path }

    /// Typed notices read aloud (WAV), beside the loudness cache.
    public var speechCache: String { URL(fileURLWithPath: log).deletingLastPathComponent().appendingPathComponent("speech").path }

    public init(config: String = ConfigLoader.defaultMainFile, log: String = "/var/lib/loa/airings.sqlite",
                emergencyFolder: String = "/var/lib/loa/emergency", status: String = "/run/loa/status.json") {
        self.config = config
        self.log = log
        self.emergencyFolder = emergencyFolder
        self.status = status
    }
}
