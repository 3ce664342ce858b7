import Foundation
import Glibc
import Logging
import LoaAudio
import LoaCore
import ServiceLifecycle

/// Airs what is in the emergency folder: an audio file dropped there (to every zone, stopping what is on
/// air), or a request written by `loa announce`. What is there when the daemon starts is taken first
/// (it was handed in while loa was down); then each new arrival. Each is renamed into `.done/` when
/// taken, so it airs once, and is decoded whole before anything on air is stopped for it.
struct EmergencyService: Service {
    let folder: RequestFolder
    let scheduler: Scheduler
    /// Decodes the whole file (the probe `loa check` uses): a damaged file is refused before it preempts.
    let probe: DecodingProbe
    let logger: Logger

    static let audioExtensions: Set<String> = ["wav", "mp3", "flac", "ogg", "opus", "oga"]

    func run() async throws {
        do {
            try folder.prepare()
        } catch {
            logger.error("\(LocalizedText(en: "the emergency folder: \(error); urgent notices cannot be handed in", vi: "thư mục khẩn cấp: \(error); không gửi được thông báo khẩn").journal)")
        }
        let arrivals = AsyncStream<String>.makeStream()
        // Watching starts before the scan: a file arriving in between is seen by both, and taken once.
        let watcher = try FolderWatcher(folder: folder.path) { name in
            if !name.hasPrefix(".") { arrivals.continuation.yield(name) }
        }
        defer { watcher.stop() }
        let waiting = waitingNames()
        if !waiting.isEmpty { logger.notice("\(LocalizedText(en: "\(waiting.count) request(s) were waiting in \(folder.path) when loa started", vi: "có \(waiting.count) yêu cầu đang chờ trong \(folder.path) khi loa khởi động").journal)") }
        for name in waiting { arrivals.continuation.yield(name) }
        await withGracefulShutdownHandler {
            for await name in arrivals.stream { await take(name) }
        } onGracefulShutdown: {
            arrivals.continuation.finish()
        }
    }

    /// Requests and dropped files already in the folder, oldest first.
    func waitingNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }
            .map { ($0, changedMs(folder.path + "/" + $0) ?? 0) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .map(\.0)
    }

    func take(_ name: String) async {
        let path = folder.path + "/" + name
        let ext = (name as NSString).pathExtension.lowercased()
        guard ext == "json" || Self.audioExtensions.contains(ext) else { return }
        // When it was handed in: the inode's change time is set by the copy or rename into the folder
        // (a copy that keeps the file's old modification time does not make it look old).
        guard let handedInMs = changedMs(path) else { return }
        let done = folder.doneFolder + "/\(Int(Date().timeIntervalSince1970))-\(name)"
        // Taken by a rename: exactly once, and a caller withdrawing it (removing it) either wins or finds it gone.
        guard rename(path, done) == 0 else { return }
        var request: EmergencyRequest
        if ext == "json" {
            guard let data = FileManager.default.contents(atPath: done),
                  let asked = try? JSONDecoder().decode(AnnounceRequest.self, from: data) else {
                logger.error("\(LocalizedText(en: "\(path) is not an announcement request; moved to \(done)", vi: "\(path) không phải yêu cầu phát thông báo; đã chuyển sang \(done)").journal)")
                return
            }
            logger.notice("\(LocalizedText(en: "announcement requested: \(asked.title)", vi: "có yêu cầu phát thông báo: \(asked.title)").journal)")
            request = EmergencyRequest(audioPath: asked.audio, title: asked.title, zones: asked.zones, preempt: asked.emergency,
                                       requestedMs: asked.requestedMs ?? handedInMs, receipt: asked.id.map { (folder: folder, id: $0) })
            request.textSHA256 = asked.textSHA256
        } else {
            logger.notice("\(LocalizedText(en: "emergency file dropped: \(name)", vi: "có tệp khẩn cấp được thả vào: \(name)").journal)")
            request = EmergencyRequest(audioPath: done, title: "Thông báo khẩn: \(name)", zones: nil, preempt: true, requestedMs: handedInMs)
        }
        // Decoded whole on a thread of its own (a long MP3 takes a moment), before anything on air is stopped.
        let probe = probe
        let audio = request.audioPath
        // The log's audio_sha256 (not taken at air time): the hash the probe's cache took as it measured the file.
        let (checked, sha) = await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: (probe.probe(path: audio), probe.cache.sha256(path: audio))) }
            thread.name = "loa-announce-check"
            thread.start()
        }
        if case .failure(let why) = checked {
            let reason: String
            switch why {
            case .missing: reason = "không có tệp (there is no file \(request.audioPath))"
            case .unreadable(let detail):
                reason = "tệp hỏng, không giải mã được (\(request.audioPath) cannot be decoded: \(detail)); nothing on air was stopped"
            }
            await scheduler.refuseAnnouncement(request, reason: reason)
            return
        }
        request.audioSHA256 = sha
        if case .success(let info) = checked { request.lengthMs = info.durationMs }
        await scheduler.announce(request)
    }

    private func changedMs(_ path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_ctim.tv_sec) * 1000 + Int64(info.st_ctim.tv_nsec) / 1_000_000
    }
}
