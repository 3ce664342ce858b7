import Foundation
import Logging
import LoaAudio
import LoaCore
import LoaLog

/// A session on the player, and a refused reload: what the scheduler keeps of each.
extension Scheduler {
    public struct Running: Sendable {
        var session: AirSession
        var control: PlaybackControl
        var recorder: AiringRecorder
        var task: Task<Void, Never>
        var emergency: Bool
        var startedMs: Int64
        /// The `loa announce` request or dropped file this session airs, if it is one.
        var request: EmergencyRequest?
    }

    /// A reload refused: shown by `loa status` until a valid one is loaded.
    public struct RefusedReload: Sendable, Equatable {
        public var atMs: Int64
        /// How many errors it had; the first few of them in `errors`.
        public var count: Int
        public var errors: [String]
    }
}
