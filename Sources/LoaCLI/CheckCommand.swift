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
        let result = Checking.run(configPath: options.config, probe: probe)
        let loudness = Dictionary(uniqueKeysWithValues: result.audio.keys.compactMap { path in probe.loudness(path: path).map { (path, $0) } })
        print(CheckReportText.render(result, listAudio: !quiet, loudness: loudness), terminator: "")
        if result.hasErrors { throw ExitCode(1) }
    }
}

/// The check pipeline with the real file system and libsndfile, shared by `check` and `plan`. `plan`
/// reads only the headers; `check` decodes every file to its end (`DecodingProbe`).
enum Checking {
    static func run(configPath: String, probe: some AudioProbe = SndFileProbe()) -> CheckResult {
        ConfigChecker.check(mainFile: configPath, probe: probe, nowMs: StationToday.nowMs)
    }
}
