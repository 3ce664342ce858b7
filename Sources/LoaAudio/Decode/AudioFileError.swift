/// Why an audio file could not be played or measured, in words the operator can act on.
public enum AudioFileError: Error, Hashable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, detail: String)
    case unsupported(path: String, detail: String)
    case corrupt(path: String, detail: String, atMs: Int64)
    case truncated(path: String, detail: String)
    /// 0 bytes: a copy that never happened or was cut at its start.
    case empty(path: String)
    /// A well-formed header with no audio after it.
    case noAudio(path: String)
    /// The decoder found nothing it can decode: not audio, or damaged before its first sound.
    case notAudio(path: String, detail: String)

    public var description: String { "\(path): \(reason)" }

    public var path: String {
        switch self {
        case .missing(let path), .unreadable(let path, _), .unsupported(let path, _), .corrupt(let path, _, _), .truncated(let path, _),
             .empty(let path), .noAudio(let path), .notAudio(let path, _):
            return path
        }
    }

    /// What is wrong, without the path.
    public var reason: String {
        switch self {
        case .missing:
            return "the file does not exist"
        case .unreadable(_, let detail):
            return "the file cannot be read (\(detail))"
        case .unsupported(_, let detail):
            return "not an audio format loa plays (\(detail)); use WAV, FLAC, OGG Vorbis, Opus or MP3 with 1 to 6 channels"
        case .corrupt(_, let detail, let atMs):
            return "the audio is damaged at \(Self.clock(atMs)) (\(detail))"
        case .truncated(_, let detail):
            return "the file is cut short (\(detail)); copy it again from the original"
        case .empty:
            return "the file is empty (0 bytes); copy it again from the original"
        case .noAudio:
            return "the file holds no audio (its header announces 0 frames of sound); record or copy it again"
        case .notAudio(_, let detail):
            return "the file is not audio loa can decode (\(detail)): a damaged copy, or not a WAV, FLAC, OGG Vorbis, Opus or MP3 file"
        }
    }

    static func clock(_ ms: Int64) -> String {
        let s = ms / 1000
        return "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
    }
}

/// An error in the words an item's report uses: the reason alone for file errors (the report names the
/// file already), the whole description otherwise.
func itemReason(_ error: any Error) -> String {
    (error as? AudioFileError)?.reason ?? "\(error)"
}
