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

    /// Text announcements are read aloud here, into `speechCache` (or found there), so airing needs no
    /// synthesis; one that cannot be read is kept, planned with a length estimated from its text, and
    /// logged as failed when it is due (a warning in the journal now), while the rest of the programme airs.
    public static func load(configPath: String, nowMs: Int64, speechCache: String? = nil) -> Outcome {
        let loaded = ConfigLoader.load(mainFile: configPath)
        let cache = speechCache ?? SpeechRendering.userCacheFolder
        let speech = SpeechRendering.render(loaded, cacheFolder: cache)
        var result = ConfigChecker.check(speech.loaded, probe: SndFileProbe(),
                                         today: .at(nowMs, timeZoneID: loaded.timetable?.station.timeZoneID))
        guard let timetable = result.timetable, !result.hasErrors else { return .refused(result.diagnostics.sorted) }
        result.durations.merge(speech.estimatedDurations) { known, _ in known }
        var failures: [String: String] = [:]
        for (id, error) in speech.failures { failures[SpeechRendering.failedPrefix + id] = "\(error)" }
        do {
            var programme = try Programme(timetable: timetable, durations: result.durations, revision: result.loaded.revision)
            programme.speechFailures = failures
            programme.audioHashes = AudioHashes.of(timetable.audioFiles.map(\.path))
            let speechWarnings = speech.diagnostics.map { d -> Diagnostic in
                var w = d
                w.severity = .warning
                return w
            }
            return .loaded(programme, warnings: speechWarnings + result.diagnostics.warnings)
        } catch {
            return .refused([Diagnostic(.error, .unknownTimeZone, file: configPath, message: "\(error)")])
        }
    }
}

/// SHA-256 of each audio file, taken once when a configuration is loaded (not at air time), for the
/// log's audio_sha256. A file that cannot be read has none; it fails when it airs.
enum AudioHashes {
    static func of(_ paths: [String]) -> [String: String] {
        var out: [String: String] = [:]
        for path in paths { out[path] = try? FileHash.sha256(path: path) }
        return out
    }
}
