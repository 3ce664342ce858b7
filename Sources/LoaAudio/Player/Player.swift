import Foundation
import Logging

/// Plays sequences of items (a slot: intro, items, outro) on one or more ALSA devices.
///
/// Every blocking call (measuring, opening, writing, draining) runs on a dedicated `Thread` per device,
/// never on Swift's cooperative pool; `play` only awaits their reports. `playBlocking` is the same for
/// a caller that owns its thread.
public struct Player: Sendable {
    public var settings: PlayerSettings
    public let cache: LoudnessCache
    public var logger: Logger

    public init(settings: PlayerSettings = PlayerSettings(), cache: LoudnessCache = LoudnessCache(),
                logger: Logger = Logger(label: "loa.audio")) {
        self.settings = settings
        self.cache = cache
        self.logger = logger
    }

    /// Plays `items` on every distinct device in `devices` (zones sharing a device play once), starting
    /// all of them at `startNs` (Unix nanoseconds; nil: as soon as each is ready).
    ///
    /// `events`, when given, is told about each item on each device, on that device's output thread,
    /// synchronously, so what it does happens at that place in the stream:
    /// - `willStart` comes before the first frame of the item is handed to ALSA. A callback that blocks
    ///   (say 10 ms to commit the airing log's `on_air` row) delays that first write; nothing is
    ///   reordered and nothing of the item is written before it returns. With a start instant, the events
    ///   at the stream's first place (the first item's `willStart`) come just after the first write, at
    ///   the instant: the callback's locks and allocations stay out of the start (`OutputSession.write`).
    ///   Nothing is written before the instant, and nothing after that first write before they return.
    /// - `ended` comes after the item's last frame was written (for the sequence's last item, after the
    ///   drain), after its fade when a stop ended it, or when it failed, with the item's outcome, which is
    ///   also its `ItemReport.outcome`.
    /// - An item that never starts (it cannot be opened, or a stop came first, including a stop before
    ///   the start instant, which plays no fade) gets only `ended`, with `.failed` or `.notPlayed`.
    /// - Every item gets exactly one `ended`; one device's events come in sequence order. Devices run
    ///   on threads of their own, so events of different devices interleave.
    public func play(_ items: [PlayItem], devices: [String], startNs: Int64? = nil,
                     control: PlaybackControl = PlaybackControl(),
                     events: (@Sendable (PlayerEvent) -> Void)? = nil) async -> PlaybackReport {
        let settings = settings
        let cache = cache
        // Measuring reads whole files, so it runs on a thread of its own; without a loudness target
        // there is nothing to measure and no reason to start one.
        let prepared = settings.loudness == nil ? PreparedItem.prepare(items, settings: settings, cache: cache)
            : await OwnThread.run(named: "loa-prepare") { PreparedItem.prepare(items, settings: settings, cache: cache) }
        let sessions = self.sessions(prepared, devices: devices, startNs: startNs, control: control, events: events)
        let outputs = await withTaskGroup(of: OutputReport.self) { group in
            for session in sessions {
                group.addTask { await OwnThread.run(named: "loa-out-\(session.device)") { session.run() } }
            }
            var reports: [OutputReport] = []
            for await report in group { reports.append(report) }
            return reports
        }
        return PlaybackReport(outputs: outputs.sorted { $0.device < $1.device })
    }

    /// `play`, blocking the calling thread, for a process that has nothing else to do while it plays
    /// (`loa play`): no task and no thread pool to start, which is most of a short run's cost. The
    /// first device plays on the calling thread, every other one on a thread of its own. Never call it
    /// from Swift's cooperative pool.
    public func playBlocking(_ items: [PlayItem], devices: [String], startNs: Int64? = nil,
                             control: PlaybackControl = PlaybackControl(),
                             events: (@Sendable (PlayerEvent) -> Void)? = nil) -> PlaybackReport {
        let prepared = PreparedItem.prepare(items, settings: settings, cache: cache)
        let sessions = self.sessions(prepared, devices: devices, startNs: startNs, control: control, events: events)
        guard let first = sessions.first else { return PlaybackReport(outputs: []) }
        let others = sessions.dropFirst().map { session in OwnThread.start(named: "loa-out-\(session.device)") { session.run() } }
        let outputs = [first.run()] + others.compactMap { $0.join() }
        return PlaybackReport(outputs: outputs.sorted { $0.device < $1.device })
    }

    /// One session per distinct device: zones that share a device play once.
    private func sessions(_ prepared: [PreparedItem], devices: [String], startNs: Int64?, control: PlaybackControl,
                          events: (@Sendable (PlayerEvent) -> Void)?) -> [OutputSession] {
        Array(Set(devices)).sorted().map { device in
            OutputSession(device: device, items: prepared, settings: settings, startNs: startNs, control: control,
                          logger: logger, onEvent: events)
        }
    }
}
