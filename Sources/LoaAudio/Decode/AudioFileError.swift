/// Why an audio file could not be played or measured, in words the operator can act on.
public enum AudioFileError: Error, Hashable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, detail: String)
    case unsupported(path: String, detail: String)
    case corrupt(path: String, detail: String, atMs: Int64)
    case truncated(path: String, detail: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): the file does not exist"
        case .unreadable(let path, let detail):
            return "\(path): the file cannot be read (\(detail))"
        case .unsupported(let path, let detail):
            return "\(path): not an audio format loa plays (\(detail)); use WAV, FLAC, OGG Vorbis, Opus or MP3 with 1 to 6 channels"
        case .corrupt(let path, let detail, let atMs):
            return "\(path): the audio is damaged at \(Self.clock(atMs)) (\(detail))"
        case .truncated(let path, let detail):
            return "\(path): the file is cut short (\(detail)); copy it again from the original"
        }
    }

    static func clock(_ ms: Int64) -> String {
        let s = ms / 1000
        return "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
    }
}
