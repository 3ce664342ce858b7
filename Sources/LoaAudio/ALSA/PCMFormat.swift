/// What we ask of a playback PCM, and what it granted: signed 16-bit little-endian, interleaved.
public struct PCMFormat: Hashable, Sendable {
    public var rate: Int
    public var channels: Int
    /// The unit of writing: a stop request takes effect at the next period boundary.
    public var periodFrames: Int
    public var bufferFrames: Int

    public init(rate: Int, channels: Int, periodFrames: Int, bufferFrames: Int) {
        self.rate = rate
        self.channels = channels
        self.periodFrames = periodFrames
        self.bufferFrames = bufferFrames
    }

}

/// The format an output would like; the device may grant something near it.
public struct PCMRequest: Hashable, Sendable {
    public var rate: Int
    public var channels: Int
    public var periodMicroseconds: Int
    public var bufferMicroseconds: Int

    public init(rate: Int = 48000, channels: Int = 2, periodMicroseconds: Int = 50_000, bufferMicroseconds: Int = 200_000) {
        self.rate = rate
        self.channels = channels
        self.periodMicroseconds = periodMicroseconds
        self.bufferMicroseconds = bufferMicroseconds
    }
}
