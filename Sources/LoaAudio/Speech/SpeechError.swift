import LoaCore

/// Why a notice could not be read aloud, in words for `loa check` and the airing log.
public enum SpeechError: Error, Hashable, Sendable, CustomStringConvertible {
    case engineMissing(program: String)
    case timedOut(limitMs: Int64, stderr: String)
    case engineFailed(status: Int32, stderr: String)
    /// The program ended well but what it wrote is not WAV audio, or is silence.
    case noAudio(detail: String)
    case chime(path: String, detail: String)
    case cannotWrite(path: String, detail: String)
    case nothingToRead

    public var description: String {
        switch self {
        case .engineMissing(let program):
            return program == "espeak-ng"
                ? "the speech engine espeak-ng is not installed (sudo apt install espeak-ng)"
                : "the speech engine \(program) cannot be started: it is not installed or not executable"
        case .timedOut(let limit, let stderr):
            return "the speech engine did not finish within \(ConfigDuration.format(milliseconds: limit)) and was stopped" + Self.said(stderr)
        case .engineFailed(let status, let stderr):
            return "the speech engine failed (exit status \(status))" + Self.said(stderr)
        case .noAudio(let detail):
            return "the speech engine gave no audio: \(detail)"
        case .chime(let path, let detail):
            return "the chime \(path) cannot be read: \(detail)"
        case .cannotWrite(let path, let detail):
            return "the spoken notice cannot be saved at \(path): \(detail)"
        case .nothingToRead:
            return "the text has no words to read"
        }
    }

    /// `description` in both languages; what the engine itself said stays as it said it.
    public var text: LocalizedText {
        switch self {
        case .engineMissing(let program):
            return LocalizedText(en: description, vi: program == "espeak-ng"
                ? "máy chưa cài bộ đọc giọng nói espeak-ng (sudo apt install espeak-ng)"
                : "không chạy được bộ đọc giọng nói \(program): chưa cài hoặc không có quyền chạy")
        case .timedOut(let limit, let stderr):
            return LocalizedText(en: description,
                                 vi: "bộ đọc giọng nói chạy quá \(ConfigDuration.format(milliseconds: limit)) nên đã bị dừng" + Self.saidVi(stderr))
        case .engineFailed(let status, let stderr):
            return LocalizedText(en: description, vi: "bộ đọc giọng nói bị lỗi (mã thoát \(status))" + Self.saidVi(stderr))
        case .noAudio(let detail):
            return LocalizedText(en: description, vi: "bộ đọc giọng nói không cho ra âm thanh (chi tiết: \(detail))")
        case .chime(let path, let detail):
            return LocalizedText(en: description, vi: "không đọc được tiếng chuông \(path) (chi tiết: \(detail))")
        case .cannotWrite(let path, let detail):
            return LocalizedText(en: description, vi: "không lưu được bản đọc thông báo vào \(path) (chi tiết: \(detail))")
        case .nothingToRead:
            return LocalizedText(en: description, vi: "văn bản không có chữ nào để đọc")
        }
    }

    private static func saidVi(_ stderr: String) -> String {
        let line = stderr.split(separator: "\n").last.map { String($0.prefix(200)) } ?? ""
        return line.isEmpty ? "" : "; nó báo: \(line)"
    }

    private static func said(_ stderr: String) -> String {
        let line = stderr.split(separator: "\n").last.map { String($0.prefix(200)) } ?? ""
        return line.isEmpty ? "" : "; it said: \(line)"
    }
}

