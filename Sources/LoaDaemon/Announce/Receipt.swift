import Foundation

/// What the daemon tells `loa announce` about its request, in `.receipts/ID.json` (replaced as it goes).
public struct Receipt: Codable, Sendable, Equatable {
    public enum State: String, Codable, Sendable {
        /// Taken from the folder: it airs as soon as its zones are free.
        case accepted
        case onAir = "on_air"
        case aired, failed, interrupted
        /// Not aired because the request is wrong (an unknown zone, a file that cannot be decoded).
        case refused
        /// Not aired because it waited longer than the daemon allows (it would have aired late, unannounced).
        case expired
        /// Not aired because `loa announce` gave up on it.
        case withdrawn

        /// No later state follows.
        public var isFinal: Bool { self != .accepted && self != .onAir }
    }

    public var state: State
    public var reason: String?
    public var atMs: Int64

    public init(state: State, reason: String? = nil, atMs: Int64) {
        self.state = state
        self.reason = reason
        self.atMs = atMs
    }
}
