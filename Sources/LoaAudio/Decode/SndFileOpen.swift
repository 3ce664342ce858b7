import CSndFile

/// `sf_open` for reading, with libsndfile's refusals turned into reasons an operator can act on. Both the
/// decoder and the probe open files here, so `loa check` and the daemon on air say the same words.
enum SndFileOpen {
    /// The open file (the caller closes it) and what its header says. Refuses a file with no audio in it.
    static func open(_ path: String) throws(AudioFileError) -> (file: OpaquePointer, info: SF_INFO) {
        try AudioFileCheck.check(path)
        MPEGQuiet.ensure()
        var info = SF_INFO()
        guard let file = sf_open(path, Int32(SFM_READ), &info) else {
            throw refusal(code: Int(sf_error(nil)), detail: String(cString: sf_strerror(nil)), path: path)
        }
        if info.frames == 0 {
            sf_close(file)
            throw .noAudio(path: path)
        }
        return (file, info)
    }

    /// The file is there, regular, readable and not empty (checked first), so what libsndfile refuses is,
    /// short of a read error, content it cannot make sense of.
    static func refusal(code: Int, detail: String, path: String) -> AudioFileError {
        switch code {
        case SF_ERR_SYSTEM:
            return .unreadable(path: path, detail: detail)
        case SF_ERR_UNRECOGNISED_FORMAT:
            return .notAudio(path: path, detail: "libsndfile does not recognise its format")
        case SF_ERR_UNSUPPORTED_ENCODING:
            return .unsupported(path: path, detail: "libsndfile: \(detail)")
        default:
            // libsndfile answers "File does not exist or is not a regular file (possibly a pipe?)" when its
            // MP3 decoder (libmpg123) finds no MPEG frame: untrue of a regular file, so not repeated.
            if detail.hasPrefix("File does not exist") {
                return .notAudio(path: path, detail: "the decoder found no audio frame in it")
            }
            return .notAudio(path: path, detail: "libsndfile: \(detail)")
        }
    }
}
