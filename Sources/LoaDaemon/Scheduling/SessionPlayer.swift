import LoaAudio
import LoaCore

/// What the scheduler needs of a player: play a sequence on devices from an instant, report each item's
/// start and end as it happens, stop on request.
public protocol SessionPlayer: Sendable {
    func play(_ items: [PlayItem], devices: [String], startNs: Int64, pauseMs: Int64, control: PlaybackControl,
              events: @escaping @Sendable (PlayerEvent) -> Void) async -> PlaybackReport
}

extension Player: SessionPlayer {
    public func play(_ items: [PlayItem], devices: [String], startNs: Int64, pauseMs: Int64, control: PlaybackControl,
                     events: @escaping @Sendable (PlayerEvent) -> Void) async -> PlaybackReport {
        // The session's pause is the one the planner counted with.
        var player = self
        player.settings.pauseMs = Int(pauseMs)
        return await player.play(items, devices: devices, startNs: startNs, control: control, events: Optional(events))
    }
}
