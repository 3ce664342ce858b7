import Foundation
import Logging

/// Plays sequences of items (a slot: intro, items, outro) on one or more ALSA devices.
///
/// Every blocking call (measuring, opening, writing, draining) runs on a dedicated `Thread` per device,
/// never on Swift's cooperative pool; `play` only awaits their reports.
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
    public func play(_ items: [PlayItem], devices: [String], startNs: Int64? = nil,
                     control: PlaybackControl = PlaybackControl()) async -> PlaybackReport {
        let settings = settings
        let cache = cache
        let logger = logger
        let prepared = await Self.onThread(named: "loa-prepare") {
            PreparedItem.prepare(items, settings: settings, cache: cache)
        }
        let distinct = Array(Set(devices)).sorted()
        let outputs = await withTaskGroup(of: OutputReport.self) { group in
            for device in distinct {
                let session = OutputSession(device: device, items: prepared, settings: settings, startNs: startNs,
                                            control: control, logger: logger)
                group.addTask { await Self.onThread(named: "loa-out-\(device)") { session.run() } }
            }
            var reports: [OutputReport] = []
            for await report in group { reports.append(report) }
            return reports.sorted { $0.device < $1.device }
        }
        return PlaybackReport(outputs: outputs)
    }

    /// Runs blocking work on a new thread and resumes the caller with its result.
    static func onThread<T: Sendable>(named name: String, _ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.name = name
            thread.start()
        }
    }
}
