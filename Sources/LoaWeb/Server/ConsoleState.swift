import Foundation
import LoaAudio
import LoaCore
import LoaLog

/// What several pages read and is worth keeping between requests: the airing log opened once, and the
/// configuration as last checked (checked again only when a file's text changed).
actor ConsoleState {
    let settings: WebSettings
    private var reader: AiringLogReader?
    private var checked: (revision: String, result: CheckResult)?
    /// The last check and the files' fingerprint and station date it was made for.
    private var current: (fingerprint: ConfigFingerprint, today: LocalDate, result: CheckResult)?

    init(settings: WebSettings) {
        self.settings = settings
    }

    /// The airing log, read-only; nil while there is none yet (a station that never ran).
    func log() -> AiringLogReader? {
        if let reader { return reader }
        guard FileManager.default.fileExists(atPath: settings.log) else { return nil }
        reader = try? AiringLogReader(path: settings.log)
        return reader
    }

    /// The configuration on disk, checked as `loa plan` checks it (audio headers, not whole decodes;
    /// uploads were decoded whole when they arrived).
    ///
    /// Loaded and checked again only when a configuration file was touched (`ConfigFingerprint`: a few
    /// `stat` calls) or the station's date changed; a file touched but not changed is loaded and found to
    /// be the same revision, and keeps its check. Parsing and checking on every request was most of what
    /// Hôm nay cost.
    func configuration(nowMs: Int64) -> CheckResult {
        let textFiles = current?.result.timetable?.announcements.compactMap { $0.speech?.file } ?? []
        let fingerprint = ConfigFingerprint.of(mainFile: settings.config, textFiles: textFiles)
        let today = LocalDate.at(nowMs, timeZoneID: current?.result.timetable?.station.timeZoneID)
        if let current, current.fingerprint == fingerprint, current.today == today { return current.result }
        let loaded = ConfigLoader.load(mainFile: settings.config)
        let result: CheckResult
        if let checked, checked.revision == loaded.revision, !loaded.revision.isEmpty, current?.today == today {
            result = checked.result
        } else {
            result = ConfigCheck.run(loaded, settings: settings, nowMs: nowMs)
            checked = (loaded.revision, result)
        }
        // Keyed by what the files looked like before they were read, so an edit made while they were
        // read is seen next time; a notice given a text_file only now is watched from now on.
        let nowTextFiles = result.timetable?.announcements.compactMap { $0.speech?.file } ?? []
        let key = nowTextFiles == textFiles ? fingerprint : ConfigFingerprint.of(mainFile: settings.config, textFiles: nowTextFiles)
        current = (key, LocalDate.at(nowMs, timeZoneID: result.timetable?.station.timeZoneID), result)
        return result
    }
}

/// The check every save goes through: typed notices read aloud (or found in the console's cache) so
/// their lengths are known, then LoaCore's checker — the pipeline `loa check` runs.
enum ConfigCheck {
    static func run(_ loaded: LoadedConfig, settings: WebSettings, nowMs: Int64) -> CheckResult {
        var speech = SpeechRendering.render(loaded, cacheFolder: settings.speechCache)
        for d in speech.diagnostics { speech.loaded.diagnostics.add(d) }
        let today = LocalDate.at(nowMs, timeZoneID: loaded.timetable?.station.timeZoneID)
        return ConfigChecker.check(speech.loaded, probe: SndFileProbe(), today: today)
    }
}

enum Clock {
    static var nowMs: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
