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
    func configuration(nowMs: Int64) -> CheckResult {
        let loaded = ConfigLoader.load(mainFile: settings.config)
        if let checked, checked.revision == loaded.revision, !loaded.revision.isEmpty { return checked.result }
        let result = ConfigCheck.run(loaded, settings: settings, nowMs: nowMs)
        checked = (loaded.revision, result)
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
