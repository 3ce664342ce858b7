/// A file's loudness as EBU R 128 measures it.
public struct Loudness: Hashable, Sendable, Codable {
    /// Integrated loudness, LUFS; nil for silence (below the absolute gate).
    public var integratedLUFS: Double?
    /// The highest true peak of any channel, dBTP.
    public var truePeakDBTP: Double
    public var durationMs: Int64
    public var frames: Int64
    public var sampleRate: Int
    public var channels: Int
    public var format: String

    public init(integratedLUFS: Double?, truePeakDBTP: Double, durationMs: Int64, frames: Int64, sampleRate: Int, channels: Int, format: String) {
        self.integratedLUFS = integratedLUFS
        self.truePeakDBTP = truePeakDBTP
        self.durationMs = durationMs
        self.frames = frames
        self.sampleRate = sampleRate
        self.channels = channels
        self.format = format
    }
}

/// The gain that brings a file to the station's target without its true peak passing the ceiling.
public struct LoudnessTarget: Hashable, Sendable {
    public var lufs: Double
    /// dBTP the normalised peak may reach; −1 leaves room for lossy encoders and cheap DACs.
    public var truePeakCeiling: Double

    public init(lufs: Double, truePeakCeiling: Double = -1) {
        self.lufs = lufs
        self.truePeakCeiling = truePeakCeiling
    }

    /// Normalisation plus the item's own gain, lowered if needed so the peak stays under the ceiling.
    /// Silence gets only the item's gain.
    public func gainDB(for loudness: Loudness, itemGainDB: Double) -> Double {
        guard let integrated = loudness.integratedLUFS else { return itemGainDB }
        let wanted = lufs - integrated + itemGainDB
        let headroom = truePeakCeiling - loudness.truePeakDBTP
        return min(wanted, headroom)
    }
}
