import LoaAudio
import LoaCore

/// What the scheduler needs of a player: play a sequence on devices from an instant with the settings of
/// the programme airing then, report each item's start and end as it happens, stop on request.
public protocol SessionPlayer: Sendable {
    func play(_ items: [PlayItem], devices: [String], startNs: Int64, settings: PlayerSettings, control: PlaybackControl,
              events: @escaping @Sendable (PlayerEvent) -> Void) async -> PlaybackReport
}

extension Player: SessionPlayer {
    public func play(_ items: [PlayItem], devices: [String], startNs: Int64, settings: PlayerSettings, control: PlaybackControl,
                     events: @escaping @Sendable (PlayerEvent) -> Void) async -> PlaybackReport {
        var player = self
        player.settings = settings
        return await player.play(items, devices: devices, startNs: startNs, control: control, events: Optional(events))
    }
}
