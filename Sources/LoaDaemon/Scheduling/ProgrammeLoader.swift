import Foundation
import LoaAudio
import LoaCore

/// Reads and checks the configuration exactly as `loa check` does (the same decoding probe), so the
/// daemon reports what `loa check` reports, in the same words.
///
/// A fault of one item does not stop the rest: a recording that is missing or cannot be decoded fails
/// only the announcements and the slot intros/outros that use it (they are planned, and their airings
/// are logged `failed` with the player's reason when they fall due). Only a configuration that cannot be
/// understood — syntax, an unreadable file, an unknown slot, a bad time zone… — is refused.
public enum ProgrammeLoader {
    public enum Outcome: Sendable {
        /// `itemFaults` are also in `programme.itemFaults`: the recordings that will fail.
        case loaded(Programme, warnings: [Diagnostic], sources: [ConfigSource])
        case refused([Diagnostic])
    }

    /// Diagnostics that fail one item rather than the configuration.
    static let itemFaultCodes: Set<Diagnostic.Code> = [.audioMissing, .audioUnreadable]

    public static func load(configPath: String, nowMs: Int64, probe: some AudioProbe = DecodingProbe()) -> Outcome {
        programme(from: ConfigChecker.check(mainFile: configPath, probe: probe, nowMs: nowMs), configPath: configPath)
    }

    /// The same from texts already read (the last valid configuration kept by the daemon).
    public static func load(main: ConfigSource, dropIns: [ConfigSource], nowMs: Int64, probe: some AudioProbe = DecodingProbe()) -> Outcome {
        let loaded = ConfigLoader.load(main: main, dropIns: dropIns)
        let today = LocalDate.at(nowMs, timeZoneID: loaded.timetable?.station.timeZoneID)
        return programme(from: ConfigChecker.check(loaded, probe: probe, today: today), configPath: main.displayPath)
    }

    static func programme(from result: CheckResult, configPath: String) -> Outcome {
        let errors = result.diagnostics.errors
        let itemFaults = errors.filter { itemFaultCodes.contains($0.code) }
        guard let timetable = result.timetable, itemFaults.count == errors.count else { return .refused(result.diagnostics.sorted) }
        // A recording that cannot be read is still planned, with no length: the player fails it at its
        // time, with its reason, and the items after it keep their places.
        var durations = result.durations
        for (path, probed) in result.audio { if case .failure = probed { durations[path] = 0 } }
        do {
            var programme = try Programme(timetable: timetable, durations: durations, revision: result.loaded.revision)
            programme.itemFaults = itemFaults
            return .loaded(programme, warnings: result.diagnostics.warnings, sources: result.loaded.sources)
        } catch {
            return .refused([Diagnostic(.error, .unknownTimeZone, file: configPath, message: "\(error)")])
        }
    }
}
