/// What happened to one item on one device.
public struct ItemReport: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// Played to its end.
        case played
        /// Ended early, with the reason (the file or the device).
        case failed(String)
        /// A stop request ended it after a fade.
        case stopped
        /// Never started: a stop came first.
        case notPlayed(String)
    }

    public var item: PlayItem
    public var device: String
    public var outcome: Outcome
    /// Where its first frame is in the device's stream (frames since the sequence started); nil if it
    /// never played.
    public var startFrame: Int64?
    /// Frames of it that were written, fade included.
    public var playedFrames: Int64
    /// The gain applied, normalisation and the item's own together.
    public var appliedGainDB: Double
    /// The output rate the frames count at.
    public var rate: Int
    /// Set when the item failed because of the device, not the file: it could not be opened, or broke off.
    /// The same words as the outcome's reason.
    public var deviceFault: String?

    public init(item: PlayItem, device: String, outcome: Outcome, startFrame: Int64?, playedFrames: Int64, appliedGainDB: Double, rate: Int,
                deviceFault: String? = nil) {
        self.item = item
        self.device = device
        self.outcome = outcome
        self.startFrame = startFrame
        self.playedFrames = playedFrames
        self.appliedGainDB = appliedGainDB
        self.rate = rate
        self.deviceFault = deviceFault
    }

    public var playedMs: Int64 { rate > 0 ? playedFrames * 1000 / Int64(rate) : 0 }
}

/// One device's run of the sequence.
public struct OutputReport: Hashable, Sendable {
    public var device: String
    public var items: [ItemReport]
    /// The format the device granted; nil if it never opened.
    public var format: PCMFormat?
    /// When the first frame was handed to ALSA, Unix nanoseconds.
    public var firstWriteNs: Int64?
    public var underruns: Int
    /// Set when a stop request ended the sequence: when the fade had been written, Unix nanoseconds.
    public var stoppedNs: Int64?
    /// The last fault of the device during the sequence (it could not be opened, or broke off); nil if it
    /// played without one.
    public var deviceFault: String?

    public init(device: String, items: [ItemReport], format: PCMFormat?, firstWriteNs: Int64?, underruns: Int, stoppedNs: Int64?) {
        self.device = device
        self.items = items
        self.format = format
        self.firstWriteNs = firstWriteNs
        self.underruns = underruns
        self.stoppedNs = stoppedNs
    }
}

public struct PlaybackReport: Hashable, Sendable {
    public var outputs: [OutputReport]

    public init(outputs: [OutputReport]) {
        self.outputs = outputs
    }

    /// Every item's outcome on every device, in device then sequence order.
    public var items: [ItemReport] { outputs.flatMap(\.items) }
}
