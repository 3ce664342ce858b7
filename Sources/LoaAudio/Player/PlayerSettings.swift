import LoaCore

/// How the player plays: output format, the pause between items, the stop fade and loudness.
public struct PlayerSettings: Hashable, Sendable {
    public var request: PCMRequest
    /// Silence between two items of a sequence.
    public var pauseMs: Int
    /// The ramp to silence when a stop is requested.
    public var fadeMs: Int
    /// Nil: play files as recorded (plus each item's gain).
    public var loudness: LoudnessTarget?
    public var resampleQuality: ResampleQuality

    public init(request: PCMRequest = PCMRequest(), pauseMs: Int = 1000, fadeMs: Int = 30,
                loudness: LoudnessTarget? = nil, resampleQuality: ResampleQuality = .high) {
        self.request = request
        self.pauseMs = pauseMs
        self.fadeMs = fadeMs
        self.loudness = loudness
        self.resampleQuality = resampleQuality
    }
}

extension PlayerSettings {
    /// The station's pause and loudness target, as `loa run` and `loa play --zone` play.
    public init(station: Station) {
        self.init(pauseMs: Int(station.pauseMs), loudness: station.loudness.map { LoudnessTarget(lufs: $0) })
    }
}
