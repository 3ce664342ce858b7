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

    /// Text announcements are read aloud here, into `speechCache` (or found there), so airing needs no
    /// synthesis; one that cannot be read is kept, planned with a length estimated from its text, and
    /// logged as failed when it is due (a warning in the journal now), while the rest of the programme airs.
    public static func load(configPath: String, nowMs: Int64, probe: DecodingProbe = DecodingProbe(),
                            speechCache: String? = nil) -> Outcome {
        programme(ConfigLoader.load(mainFile: configPath), configPath: configPath, nowMs: nowMs, probe: probe, speechCache: speechCache)
    }

    /// The same from texts already read (the last valid configuration kept by the daemon).
    public static func load(main: ConfigSource, dropIns: [ConfigSource], nowMs: Int64, probe: DecodingProbe = DecodingProbe(),
                            speechCache: String? = nil) -> Outcome {
        var loaded = ConfigLoader.load(main: main, dropIns: dropIns)
        if var timetable = loaded.timetable {
            DiskNames.resolve(&timetable)
            loaded.timetable = timetable
        }
        return programme(loaded, configPath: main.displayPath, nowMs: nowMs, probe: probe,
                  speechCache: speechCache)
    }

    static func programme(_ loaded: LoadedConfig, configPath: String, nowMs: Int64, probe: DecodingProbe, speechCache: String?) -> Outcome {
        let cache = speechCache ?? SpeechRendering.userCacheFolder
        let speech = SpeechRendering.render(loaded, cacheFolder: cache)
        var result = ConfigChecker.check(speech.loaded, probe: probe, today: .at(nowMs, timeZoneID: loaded.timetable?.station.timeZoneID))
        let errors = result.diagnostics.errors
        let itemFaults = errors.filter { itemFaultCodes.contains($0.code) }
        guard let timetable = result.timetable, itemFaults.count == errors.count else { return .refused(result.diagnostics.sorted) }
        result.durations.merge(speech.estimatedDurations) { known, _ in known }
        // A recording that cannot be read is still planned, with no length: the player fails it at its
        // time, with its reason, and the items after it keep their places.
        for (path, probed) in result.audio { if case .failure = probed, result.durations[path] == nil { result.durations[path] = 0 } }
        var failures: [String: String] = [:]
        for (id, error) in speech.failures { failures[SpeechRendering.failedPrefix + id] = "\(error)" }
        do {
            var programme = try Programme(timetable: timetable, durations: result.durations, revision: result.loaded.revision)
            programme.speechFailures = failures
            // The probe's cache hashed each file as it measured it: no second read.
            for path in timetable.audioFiles.map(\.path) { programme.audioHashes[path] = probe.cache.sha256(path: path) }
            programme.textHashes = speech.textHashes
            programme.itemFaults = itemFaults
            let speechWarnings = speech.diagnostics.map { d -> Diagnostic in
                var w = d
                w.severity = .warning
                return w
            }
            return .loaded(programme, warnings: speechWarnings + result.diagnostics.warnings, sources: loaded.sources)
        } catch {
            // The only refusal here: the machine has no rules for the station's time zone.
            let zone = timetable.station.timeZoneID
            return .refused([Diagnostic(.error, .unknownTimeZone, file: configPath,
                                        message: LocalizedText(en: "\(error)", vi: "máy này không có quy tắc giờ cho múi giờ \(zone)."),
                                        fix: LocalizedText(en: "Install the time zone data (sudo apt install tzdata), or correct timezone in [station].",
                                                           vi: "Cài dữ liệu múi giờ (sudo apt install tzdata), hoặc sửa timezone trong [station]."))])
        }
    }
}
