import ArgumentParser
import LoaAudio
import LoaCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the configuration and its audio files; exit 1 when anything must be fixed.",
        discussion: "Every problem is reported with its file, its line and what to write instead. Warnings do not change the exit status."
    )

    @OptionGroup var options: ConfigOption

    @Flag(name: .long, help: "Do not list the audio files.")
    var quiet = false

    func run() throws {
        AudioLogging.bootstrap()
        let probe = DecodingProbe()
        let (result, speech) = Checking.runReadingAloud(configPath: options.config, probe: probe)
        let loudness = Dictionary(uniqueKeysWithValues: result.audio.keys.compactMap { path in probe.loudness(path: path).map { (path, $0) } })
        print(CheckReportText.render(result, listAudio: !quiet, loudness: loudness, speech: speech, language: MessageLanguage.current), terminator: "")
        let waiting = PendingApproval.lines(mainFile: options.config)
        if !waiting.isEmpty { print("\n" + waiting.joined(separator: "\n")) }
        if result.hasErrors { throw ExitCode(1) }
    }
}

/// The check pipeline with the real file system and libsndfile, shared by `check` and `plan`. `plan`
/// reads only the headers; `check` decodes every file to its end (`DecodingProbe`).
enum Checking {
    static func run(configPath: String, probe: some AudioProbe = SndFileProbe()) -> CheckResult {
        runReadingAloud(configPath: configPath, probe: probe).0
    }

    /// Text announcements are read aloud (or found in the user's cache) between loading and checking,
    /// so their lengths are known to the checker and the planner; one that cannot be read is an error.
    static func runReadingAloud(configPath: String, probe: some AudioProbe = SndFileProbe(),
                                cacheFolder: String = SpeechRendering.userCacheFolder) -> (CheckResult, SpeechRendering.Result) {
        let loaded = ConfigLoader.load(mainFile: configPath)
        var speech = SpeechRendering.render(loaded, cacheFolder: cacheFolder)
        for d in speech.diagnostics { speech.loaded.diagnostics.add(d) }
        let today = LocalDate.at(StationToday.nowMs, timeZoneID: loaded.timetable?.station.timeZoneID)
        return (ConfigChecker.check(speech.loaded, probe: probe, today: today), speech)
    }
}
