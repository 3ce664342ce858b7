import Foundation
import LoaAudio
import LoaCore
import LoaDaemon

/// `loa announce`'s work: checks what it can before anything is written (the daemon runs, the zones
/// exist, the file decodes), hands the request in atomically, and waits for the daemon's receipts.
/// A request given up on is withdrawn, so it can never air later unannounced.
struct Announcer {
    let statusPath: String
    /// `--emergency-folder`, already absolute; nil: the daemon's own, from its status file.
    let folderOption: String?
    let timeoutSeconds: Double
    let wait: Bool

    /// `textSHA256`: a typed notice's text hash, carried to the log.
    func announce(audio source: String, title: String, zones: [String], emergency: Bool, textSHA256: String? = nil) throws {
        let doc = try runningDaemon()
        try check(zones: zones, against: doc)
        let lengthMs = try decode(source)
        let folder = RequestFolder(path: folderOption ?? doc.emergencyFolder ?? DaemonPaths().emergencyFolder)
        let id = "\(Int64(Date().timeIntervalSince1970 * 1000))-\(getpid())"
        try handIn(id: id, source: source, title: title, zones: zones, emergency: emergency, folder: folder, textSHA256: textSHA256)
        let target = zones.isEmpty ? "mọi cụm loa / every zone" : zones.joined(separator: ", ")
        print("Đã gửi / handed in: \(title) → \(target)\(emergency ? " (khẩn / emergency)" : "")")
        try waitForOutcome(id, in: folder, lengthMs: lengthMs, title: title)
    }

    // MARK: - Before anything is written

    private func runningDaemon() throws -> StatusFile.Document {
        guard let doc = StatusFile(path: statusPath).read() else {
            let why = FileManager.default.fileExists(atPath: statusPath)
                ? LocalizedText(en: "cannot read \(statusPath) (are you root or in group loa?)",
                                vi: "không đọc được \(statusPath) (bạn có phải root hoặc thuộc nhóm loa không?)")
                : LocalizedText(en: "there is no status file at \(statusPath)", vi: "không có tệp trạng thái ở \(statusPath)")
            throw CLIFailure(LocalizedText(en: "loa is not running (\(why.en)); nothing was handed in. Start it: sudo systemctl start loa",
                                           vi: "loa đang không chạy (\(why.vi)); chưa gửi gì. Hãy khởi động loa: sudo systemctl start loa"))
        }
        let verdict = DaemonLiveness.judge(doc, status: statusPath, nowMs: Int64(Date().timeIntervalSince1970 * 1000))
        guard verdict.running else {
            throw CLIFailure(LocalizedText(en: "\(verdict.text); nothing was handed in. Start it (sudo systemctl start loa) and try again.",
                                           vi: "loa đang không chạy (\(verdict.text)); chưa gửi gì. Hãy khởi động loa (sudo systemctl start loa) rồi thử lại."))
        }
        return doc
    }

    private func check(zones: [String], against doc: StatusFile.Document) throws {
        guard let known = doc.zones else { return }  // an older daemon: it checks them itself
        for zone in zones where !known.contains(zone) {
            let near = NearestMatch.suggestion(for: zone, among: known)
            let list = known.joined(separator: ", ")
            throw CLIFailure(LocalizedText(
                en: "there is no zone \(zone) in the configuration airing (the zones are: \(list)).\(near.map { " Did you mean \($0)?" } ?? "") "
                    + "Nothing was handed in.",
                vi: "cấu hình đang phát không có cụm loa \(zone) (các cụm loa là: \(list)).\(near.map { " Có phải định viết \($0)?" } ?? "") "
                    + "Chưa gửi gì."))
        }
    }

    /// Decodes the whole file, as `loa check` does: a damaged file is refused here, not on air.
    private func decode(_ source: String) throws -> Int64 {
        switch DecodingProbe(cache: LoudnessCache()).probe(path: source) {
        case .success(let info): return info.durationMs
        case .failure(.missing):
            throw CLIFailure(LocalizedText(en: "\(source): there is no such file. Nothing was handed in.",
                                           vi: "\(source): không có tệp này. Chưa gửi gì."))
        case .failure(.unreadable(let why)):
            throw CLIFailure(LocalizedText(
                en: "\(source) cannot be aired: \(why). Nothing was handed in and nothing on air was stopped; "
                    + "export the recording again (WAV or MP3) and retry.",
                vi: "không phát được \(source) (chi tiết: \(why)). Chưa gửi gì, và không dừng gì đang phát; "
                    + "hãy xuất lại bản ghi âm (WAV hoặc MP3) rồi thử lại."))
        }
    }

    // MARK: - Handing in

    private func handIn(id: String, source: String, title: String, zones: [String], emergency: Bool, folder: RequestFolder,
                        textSHA256: String?) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIFailure(LocalizedText(
                en: "there is no emergency folder \(folder.path); give the daemon's with --emergency-folder. Nothing was handed in.",
                vi: "không có thư mục khẩn cấp \(folder.path); hãy ghi thư mục của dịch vụ loa sau --emergency-folder. Chưa gửi gì."))
        }
        let copy = folder.audioFolder + "/\(id)-\((source as NSString).lastPathComponent)"
        do {
            let audio = try Data(contentsOf: URL(fileURLWithPath: source), options: .mappedIfSafe)
            try SharedFile.write(audio, to: copy)
            let request = AnnounceRequest(id: id, audio: copy, title: title, zones: zones.isEmpty ? nil : zones, emergency: emergency,
                                          requestedMs: Int64(Date().timeIntervalSince1970 * 1000), textSHA256: textSHA256)
            // Written under a hidden name and renamed: the daemon never reads half a request.
            try SharedFile.write(try JSONEncoder().encode(request), to: folder.request(id))
        } catch {
            unlink(copy)
            throw CLIFailure(LocalizedText(
                en: "cannot write into \(folder.path) (\(error)); are you root or in group loa? Nothing was handed in.",
                vi: "không ghi được vào \(folder.path) (\(error)); bạn có phải root hoặc thuộc nhóm loa không? Chưa gửi gì."))
        }
    }

    // MARK: - Waiting

    private func waitForOutcome(_ id: String, in folder: RequestFolder, lengthMs: Int64, title: String) throws {
        let waits = ReceiptWaiter(folder: folder, id: id)
        defer { waits.stop() }
        let started = Date()
        var startBy = started.addingTimeInterval(timeoutSeconds)
        var endBy: Date?
        var withdrawn = false
        while true {
            let receipt = folder.receipt(id)
            switch receipt?.state {
            case nil:
                if Date() > startBy {
                    if folder.removeWaiting(id) {
                        throw CLIFailure(LocalizedText(
                            en: "loa did not take the request within \(Int(timeoutSeconds)) s (does a daemon watch \(folder.path)?); "
                                + "it was withdrawn and will not air.",
                            vi: "sau \(Int(timeoutSeconds)) giây loa vẫn chưa nhận yêu cầu (dịch vụ loa có theo dõi \(folder.path) không?); "
                                + "yêu cầu đã được rút lại và sẽ không phát."))
                    }
                    // Taken at this very moment: its receipt follows.
                    startBy = Date().addingTimeInterval(10)
                }
            case .accepted?:
                if !wait {
                    print("Đã nhận / accepted: loa will air it as soon as its zones are free (`loa status`, `loa log` show it).")
                    return
                }
                if Date() > startBy {
                    if withdrawn {
                        throw CLIFailure(LocalizedText(
                            en: "loa accepted the request but did not start it within \(Int(timeoutSeconds)) s "
                                + "(its zones were busy); it was withdrawn and will not air.",
                            vi: "loa đã nhận yêu cầu nhưng sau \(Int(timeoutSeconds)) giây vẫn chưa phát được "
                                + "(các cụm loa đang bận); yêu cầu đã được rút lại và sẽ không phát."))
                    }
                    folder.markWithdrawn(id)
                    withdrawn = true
                    // A start decided just before the mark shows in its receipt at once: give it a moment.
                    startBy = Date().addingTimeInterval(1)
                }
            case .onAir?:
                if !wait { print("Đang phát / on air: \(title)"); return }
                let onAirAt = Date(timeIntervalSince1970: Double(receipt?.atMs ?? 0) / 1000)
                endBy = endBy ?? max(Date(), onAirAt).addingTimeInterval(Double(lengthMs) / 1000 + 60)
                if let endBy, Date() > endBy {
                    throw CLIFailure(LocalizedText(
                        en: "\(title) went on air but loa has not said how it ended; see `loa log` and `loa status`.",
                        vi: "\(title) đã lên sóng nhưng loa chưa báo kết thúc ra sao; xem `loa log` và `loa status`."))
                }
            case .aired?:
                print("Đã phát / aired: \(title)")
                return
            case let state?:
                let what: LocalizedText
                switch state {
                case .refused: what = LocalizedText(en: "loa refused it", vi: "loa từ chối phát")
                case .expired: what = LocalizedText(en: "it waited too long and was not aired", vi: "chờ quá lâu nên không được phát")
                case .withdrawn: what = LocalizedText(en: "it was withdrawn and will not air", vi: "đã được rút lại và sẽ không phát")
                case .interrupted: what = LocalizedText(en: "it was cut off", vi: "bị ngắt giữa chừng")
                default: what = LocalizedText(en: "it did not air", vi: "không được phát")
                }
                throw CLIFailure(LocalizedText(
                    en: "\(title): \(what.en) (\(state.rawValue)): \(receipt?.reason ?? "no reason given").",
                    vi: "\(title): \(what.vi) (\(state.rawValue)): \(receipt?.reason ?? "không rõ lý do")."))
            }
            waits.next(within: 0.5)
        }
    }
}

/// Wakes the waiting `loa announce` when a receipt is written (inotify on `.receipts/`), or after a
/// moment in any case (the folder may be one it cannot watch).
final class ReceiptWaiter: Sendable {
    private let changed = DispatchSemaphore(value: 0)
    private let watcher: FolderWatcher?

    init(folder: RequestFolder, id: String) {
        let changed = changed
        let wanted = (folder.receiptPath(id) as NSString).lastPathComponent
        watcher = try? FolderWatcher(folder: (folder.receiptPath(id) as NSString).deletingLastPathComponent) { name in
            if name == wanted { changed.signal() }
        }
    }

    func next(within seconds: Double) {
        _ = changed.wait(timeout: .now() + seconds)
    }

    func stop() {
        watcher?.stop()
    }
}
