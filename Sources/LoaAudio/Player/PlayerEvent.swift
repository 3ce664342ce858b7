/// What happens to one item on one device, as it happens: the hook the daemon writes the airing log
/// from (the `on_air` row before the first sample, completed after the last).
public struct PlayerEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The item's first frame is about to be handed to ALSA (at a start instant, it just was).
        case willStart
        /// The item is over: played to its end, stopped after its fade, failed, or never started.
        case ended(ItemReport.Outcome)
    }

    /// The item's index in the sequence given to `Player.play`.
    public var index: Int
    public var device: String
    public var kind: Kind
    /// Unix nanoseconds. For `willStart`: when its first frame is about to be written. For `ended`: when
    /// its last frame (or its fade) was written; for the sequence's last item, after the drain, when the
    /// device has played it out.
    public var atNs: Int64
    /// For an `ended(.failed)` the device caused (it could not be opened, or broke off during the item):
    /// the device's fault, in the same words as the reason. Nil when the file failed, and for every other
    /// event.
    public var deviceFault: String?

    public init(index: Int, device: String, kind: Kind, atNs: Int64, deviceFault: String? = nil) {
        self.index = index
        self.device = device
        self.kind = kind
        self.atNs = atNs
        self.deviceFault = deviceFault
    }
}
