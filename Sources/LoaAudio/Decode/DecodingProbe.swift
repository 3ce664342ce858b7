import LoaCore
import Synchronization

/// The probe `loa check` uses: decodes every file to its end and measures its loudness (through the
/// cache), so a damaged or cut file is found by the check, not on air. Keeps the measurements for the
/// report.
public struct DecodingProbe: AudioProbe {
    public let cache: LoudnessCache
    private let measured = Measured()

    /// What `probe` measured, by path: asked again, a file that failed is not decoded a second time.
    private final class Measured: Sendable {
        let byPath = Mutex<[String: Loudness]>([:])
    }

    public init(cache: LoudnessCache = LoudnessCache()) {
        self.cache = cache
    }

    public func probe(path: String) -> Result<AudioInfo, AudioProbeFailure> {
        do {
            let loudness = try cache.loudness(path: path)
            measured.byPath.withLock { $0[path] = loudness }
            return .success(AudioInfo(durationMs: loudness.durationMs, frames: loudness.frames, sampleRate: loudness.sampleRate,
                                      channels: loudness.channels, format: loudness.format))
        } catch AudioFileError.missing {
            return .failure(.missing)
        } catch let error as AudioFileError {
            return .failure(.unreadable(error.reason))
        } catch {
            return .failure(.unreadable("\(error)"))
        }
    }

    /// The measurement of a file probed before; nil if it could not be measured (or was not probed).
    public func loudness(path: String) -> Loudness? {
        measured.byPath.withLock { $0[path] }
    }
}
