import Foundation
import LoaAudio
import LoaCore
import LoaDaemon

/// Phát ngay: an urgent notice handed to the running daemon exactly as `loa announce` hands it in —
/// the audio copied into the emergency folder's `.audio/`, the request written under a hidden name
/// and renamed (SharedFile), the daemon's receipts followed by the page.
struct UrgentHandIn: Sendable {
    let settings: WebSettings

    enum Refusal: Error {
        case notRunning(String), unknownZone(String, [String]), noAudio, speech(String), cannotWrite(String)

        func text(_ lang: WebLanguage) -> String {
            let vi = lang == .vi
            switch self {
            case .notRunning(let why):
                return vi ? "loa không chạy nên chưa gửi được (\(why)). Hãy khởi động loa rồi gửi lại." : "loa is not running, so nothing was sent (\(why)). Start loa and send again."
            case .unknownZone(let zone, let known):
                return vi ? "Không có cụm loa \(zone) (các cụm: \(known.joined(separator: ", ")))." : "There is no zone \(zone) (zones: \(known.joined(separator: ", ")))."
            case .noAudio:
                return vi ? "Hãy tải lên hoặc ghi âm thông báo, hoặc nhập văn bản." : "Upload or record the notice, or type it."
            case .speech(let why):
                return vi ? "Không đọc được văn bản thành tiếng: \(why)." : "The text could not be read aloud: \(why)."
            case .cannotWrite(let why):
                return vi ? "Không gửi được yêu cầu: \(why)." : "The request could not be handed in: \(why)."
            }
        }
    }

    /// The running daemon's status, or why it cannot take a request.
    func runningDaemon() -> Result<StatusFile.Document, Refusal> {
        guard let doc = StatusFile(path: settings.status).read() else { return .failure(.notRunning("no status file at \(settings.status)")) }
        let verdict = DaemonLiveness.judge(doc, status: settings.status, nowMs: Clock.nowMs, systemd: { _ in nil })
        guard verdict.running else { return .failure(.notRunning(verdict.text)) }
        return .success(doc)
    }

    /// Hands in `audio` (a decoded upload or a rendered notice); returns the request's id.
    func handIn(audio: String, fileName: String, title: String, zones: [String], emergency: Bool, textSHA256: String?) -> Result<String, Refusal> {
        let doc: StatusFile.Document
        switch runningDaemon() {
        case .failure(let refusal): return .failure(refusal)
        case .success(let d): doc = d
        }
        if let known = doc.zones {
            for zone in zones where !known.contains(zone) { return .failure(.unknownZone(zone, known)) }
        }
        let folder = RequestFolder(path: doc.emergencyFolder ?? DaemonPaths().emergencyFolder)
        let id = "\(Clock.nowMs)-web-\(Token.make().prefix(8))"
        let copy = folder.audioFolder + "/\(id)-\(fileName)"
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: audio), options: .mappedIfSafe)
            try SharedFile.write(data, to: copy)
            let request = AnnounceRequest(id: id, audio: copy, title: title, zones: zones.isEmpty ? nil : zones, emergency: emergency,
                                          requestedMs: Clock.nowMs, textSHA256: textSHA256)
            try SharedFile.write(try JSONEncoder().encode(request), to: folder.request(id))
        } catch {
            unlink(copy)
            return .failure(.cannotWrite("\(error)"))
        }
        return .success(id)
    }

    /// A typed notice read aloud with the station's voice into the console's cache.
    func render(text: String, speech: SpeechSettings) -> Result<(path: String, sha: String), Refusal> {
        do {
            let rendered = try SpeechRendering.renderText(text, settings: speech, cacheFolder: settings.speechCache)
            return .success((rendered.notice.path, rendered.notice.textSHA256))
        } catch {
            return .failure(.speech("\(error)"))
        }
    }

    /// What became of a request handed in, from its receipt; nil while the daemon has not taken it.
    func receipt(_ id: String) -> Receipt? {
        guard Self.isRequestID(id), let doc = StatusFile(path: settings.status).read() else { return nil }
        return RequestFolder(path: doc.emergencyFolder ?? DaemonPaths().emergencyFolder).receipt(id)
    }

    /// Takes back a request: removed if still waiting, else marked so the daemon does not start it.
    func withdraw(_ id: String) {
        guard Self.isRequestID(id), let doc = StatusFile(path: settings.status).read() else { return }
        let folder = RequestFolder(path: doc.emergencyFolder ?? DaemonPaths().emergencyFolder)
        if !folder.removeWaiting(id) { folder.markWithdrawn(id) }
    }

    static func isRequestID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count < 80 && id.utf8.allSatisfy { (48...57).contains($0) || (97...122).contains($0) || $0 == 45 }
    }
}
