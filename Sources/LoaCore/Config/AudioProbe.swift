/// What the planner and `loa check` need to know of an audio file.
public struct AudioInfo: Hashable, Sendable {
    public var durationMs: Int64
    public var frames: Int64
    public var sampleRate: Int
    public var channels: Int
    /// Such as "WAV 16-bit PCM" or "MPEG Layer III".
    public var format: String

    public init(durationMs: Int64, frames: Int64, sampleRate: Int, channels: Int, format: String) {
        self.durationMs = durationMs
        self.frames = frames
        self.sampleRate = sampleRate
        self.channels = channels
        self.format = format
    }
}

public enum AudioProbeFailure: Error, Hashable, Sendable {
    case missing
    /// The file is there but cannot be read as audio; the decoder's words.
    case unreadable(String)
}

/// Reads audio files' lengths; implemented outside the pure core (libsndfile in LoaAudio).
public protocol AudioProbe: Sendable {
    func probe(path: String) -> Result<AudioInfo, AudioProbeFailure>
}
