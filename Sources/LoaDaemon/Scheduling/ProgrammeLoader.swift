import Foundation
import LoaAudio
import LoaCore

/// Reads and checks the configuration exactly as `loa check` does, so the daemon refuses what `loa check`
/// reports and says the same words.
public enum ProgrammeLoader {
    public enum Outcome: Sendable {
        case loaded(Programme, warnings: [Diagnostic])
        case refused([Diagnostic])
    }

    public static func load(configPath: String, nowMs: Int64) -> Outcome {
        let result = ConfigChecker.check(mainFile: configPath, probe: SndFileProbe(), nowMs: nowMs)
        guard let timetable = result.timetable, !result.hasErrors else { return .refused(result.diagnostics.sorted) }
        do {
            let programme = try Programme(timetable: timetable, durations: result.durations, revision: result.loaded.revision)
            return .loaded(programme, warnings: result.diagnostics.warnings)
        } catch {
            return .refused([Diagnostic(.error, .unknownTimeZone, file: configPath, message: "\(error)")])
        }
    }
}
