import CSndFile
import LoaCore

/// Reads an audio file's length and format with libsndfile, for planning and `loa check`.
public struct SndFileProbe: AudioProbe {
    public init() {}

    public func probe(path: String) -> Result<AudioInfo, AudioProbeFailure> {
        let file: OpaquePointer, info: SF_INFO
        do {
            (file, info) = try SndFileOpen.open(path)
        } catch .missing {
            return .failure(.missing)
        } catch {
            return .failure(.unreadable(error.reason))
        }
        defer { sf_close(file) }
        guard info.samplerate > 0, info.channels > 0 else {
            return .failure(.unreadable("it has no sample rate or no channels"))
        }
        // Cheap (the log of the open), and a cut recording is better found by the check than on air.
        if let detail = SndFileLog.shortfall(in: SndFileLog.text(of: file)) {
            return .failure(.unreadable(AudioFileError.truncated(path: path, detail: detail).reason))
        }
        let ms = Int64((Double(info.frames) * 1000 / Double(info.samplerate)).rounded())
        return .success(AudioInfo(durationMs: ms, frames: Int64(info.frames), sampleRate: Int(info.samplerate),
                                  channels: Int(info.channels), format: SndFileFormat.describe(info.format)))
    }
}

/// libsndfile's format codes in words.
enum SndFileFormat {
    static func describe(_ format: Int32) -> String {
        let major = format & Int32(SF_FORMAT_TYPEMASK)
        let minor = format & Int32(SF_FORMAT_SUBMASK)
        var info = SF_FORMAT_INFO()
        info.format = major
        let majorName = sf_command(nil, Int32(SFC_GET_FORMAT_INFO), &info, Int32(MemoryLayout<SF_FORMAT_INFO>.size)) == 0
            ? String(cString: info.extension ?? info.name) : "?"
        var sub = SF_FORMAT_INFO()
        sub.format = minor
        let minorName = sf_command(nil, Int32(SFC_GET_FORMAT_INFO), &sub, Int32(MemoryLayout<SF_FORMAT_INFO>.size)) == 0
            ? String(cString: sub.name) : "?"
        return "\(majorName.uppercased()) \(minorName)"
    }
}
