import Foundation
import Logging
import LoaAudio
import ServiceLifecycle

/// Airs what is dropped into the emergency folder: an audio file (to every zone, stopping what is on
/// air), or a request written by `loa announce`. Each is moved to `.done/` when taken, so it airs once.
struct EmergencyService: Service {
    let folder: String
    let scheduler: Scheduler
    let logger: Logger

    static let audioExtensions: Set<String> = ["wav", "mp3", "flac", "ogg", "opus", "oga"]

    func run() async throws {
        try? FileManager.default.createDirectory(atPath: folder + "/.done", withIntermediateDirectories: true)
        let arrivals = AsyncStream<String>.makeStream()
        let watcher = try FolderWatcher(folder: folder) { name in
            if !name.hasPrefix(".") { arrivals.continuation.yield(name) }
        }
        defer { watcher.stop() }
        await withGracefulShutdownHandler {
            for await name in arrivals.stream { await take(name) }
        } onGracefulShutdown: {
            arrivals.continuation.finish()
        }
    }

    func take(_ name: String) async {
        let path = folder + "/" + name
        guard FileManager.default.fileExists(atPath: path) else { return }
        let ext = (name as NSString).pathExtension.lowercased()
        let done = folder + "/.done/\(Int(Date().timeIntervalSince1970))-\(name)"
        if ext == "json" {
            guard let data = FileManager.default.contents(atPath: path),
                  let request = try? JSONDecoder().decode(AnnounceRequest.self, from: data) else {
                logger.error("\(path) is not an announcement request; moved to .done")
                _ = rename(path, done)
                return
            }
            _ = rename(path, done)
            logger.notice("announcement requested: \(request.title)")
            await scheduler.announce(EmergencyRequest(audioPath: request.audio, title: request.title, zones: request.zones,
                                                      preempt: request.emergency, audioSHA256: try? FileHash.sha256(path: request.audio)))
        } else if Self.audioExtensions.contains(ext) {
            guard rename(path, done) == 0 else { return }
            logger.notice("emergency file dropped: \(name)")
            await scheduler.announce(EmergencyRequest(audioPath: done, title: "Thông báo khẩn: \(name)", zones: nil, preempt: true,
                                                      audioSHA256: try? FileHash.sha256(path: done)))
        }
    }
}

/// What `loa announce` writes into the emergency folder.
public struct AnnounceRequest: Codable, Sendable {
    public var audio: String
    public var title: String
    public var zones: [String]?
    public var emergency: Bool

    public init(audio: String, title: String, zones: [String]?, emergency: Bool) {
        self.audio = audio
        self.title = title
        self.zones = zones
        self.emergency = emergency
    }
}
