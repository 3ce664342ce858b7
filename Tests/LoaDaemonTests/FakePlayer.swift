import LoaAudio
import LoaDaemon
import Synchronization

/// Plays instantly by the manual clock, reporting each item as the real player does; an item whose
/// path contains `hold` stays on air, the first time it plays, until a stop is requested (polled: this
/// is a test double); an item whose path contains `stall` underruns twice on every device.
final class FakePlayer: SessionPlayer {
    let clock: ManualClock
    private let played = Mutex<[String]>([])
    private let settings = Mutex<[PlayerSettings]>([])

    init(clock: ManualClock) {
        self.clock = clock
    }

    var playedPaths: [String] { played.withLock { $0 } }
    /// The settings each session was played with.
    var settingsSeen: [PlayerSettings] { settings.withLock { $0 } }

    func play(_ items: [PlayItem], devices: [String], startNs: Int64, settings: PlayerSettings, control: PlaybackControl,
              events: @escaping @Sendable (PlayerEvent) -> Void) async -> PlaybackReport {
        self.settings.withLock { $0.append(settings) }
        var stopped = false
        for (index, item) in items.enumerated() {
            if stopped || control.isStopRequested {
                stopped = true
                for d in Set(devices) { events(PlayerEvent(index: index, device: d, kind: .ended(.notPlayed("stopped")), atNs: clock.nowMs() * 1_000_000)) }
                continue
            }
            for d in Set(devices) { events(PlayerEvent(index: index, device: d, kind: .willStart, atNs: clock.nowMs() * 1_000_000)) }
            let first = played.withLock { list in
                defer { list.append(item.path) }
                return !list.contains(item.path)
            }
            if item.path.contains("hold") && first {
                while !control.isStopRequested { try? await Task.sleep(for: .milliseconds(5)) }
                stopped = true
                for d in Set(devices) { events(PlayerEvent(index: index, device: d, kind: .ended(.stopped), atNs: clock.nowMs() * 1_000_000)) }
                continue
            }
            for d in Set(devices) { events(PlayerEvent(index: index, device: d, kind: .ended(.played), atNs: clock.nowMs() * 1_000_000)) }
        }
        let underruns = items.filter { $0.path.contains("stall") }.count * 2
        return PlaybackReport(outputs: Set(devices).sorted().map {
            OutputReport(device: $0, items: [], format: nil, firstWriteNs: nil, underruns: underruns, stoppedNs: nil)
        })
    }
}
