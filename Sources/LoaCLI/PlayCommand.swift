import ArgumentParser
import Foundation
import LoaAudio
import LoaCore
import Synchronization

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play audio files now, through the same player the schedule uses, to test the loudspeakers.",
        discussion: "Without --device or --zone it plays on ALSA's \"default\". With --zone (or --config) the station's loudness target and pause apply. Ctrl-C stops with a short fade."
    )

    @Argument(help: ArgumentHelp("The audio files, played one after another.", valueName: "FILE"))
    var files: [String]

    @Option(help: ArgumentHelp("The ALSA device (see `loa devices`).", valueName: "PCM"))
    var device: String?

    @Option(help: ArgumentHelp("A zone of the configuration; its device is used.", valueName: "ID"), completion: ConfigCompletion.zones)
    var zone: String?

    @Option(help: ArgumentHelp("The main configuration file (for --zone, the loudness target and the pause).", valueName: "PATH"))
    var config: String?

    func validate() throws {
        if device != nil, zone != nil { throw ValidationError(LocalizedText.deviceOrZone.shown) }
    }

    func run() throws {
        try Self.play(PlayArguments(files: files, device: device, zone: zone, config: config))
    }

    /// What `run` does, reachable without ArgumentParser (see `PlayArguments.quick`).
    static func play(_ arguments: PlayArguments) throws {
        AudioLogging.bootstrap()
        let target = try PlayTarget.resolve(device: arguments.device, zone: arguments.zone, config: arguments.config)
        let items = arguments.files.map { PlayItem(path: $0) }
        let player = Player(settings: target.settings, logger: AudioLogging.logger)
        let control = PlaybackControl()
        let interrupt = StopOnSignal(control)
        defer { interrupt.cancel() }
        // The command has nothing else to do: it plays on its own thread, with no task or thread pool.
        let report = player.playBlocking(items, devices: [target.device], control: control)
        FileHandle.standardOutput.write(Data(PlayReportText.render(report).utf8))
        if report.items.contains(where: { if case .failed = $0.outcome { return true } else { return false } }) {
            throw ExitCode(1)
        }
    }
}

/// Where `loa play` plays and with which settings.
struct PlayTarget {
    var device: String
    var settings: PlayerSettings

    static func resolve(device: String?, zone: String?, config: String?) throws -> PlayTarget {
        guard zone != nil || config != nil else {
            return PlayTarget(device: device ?? "default", settings: PlayerSettings())
        }
        let path = config ?? ConfigLoader.defaultMainFile
        let loaded = ConfigLoader.load(mainFile: path)
        guard let timetable = loaded.timetable, !loaded.diagnostics.hasErrors else {
            throw ValidationError(LocalizedText.configHasErrors(path).shown)
        }
        let settings = PlayerSettings(station: timetable.station)
        if let zone {
            guard let found = timetable.zone(zone) else {
                throw ValidationError(LocalizedText.noSuchZone(zone, among: timetable.zones.map(\.id)).shown)
            }
            return PlayTarget(device: found.device, settings: settings)
        }
        return PlayTarget(device: device ?? "default", settings: settings)
    }
}

enum PlayReportText {
    static func render(_ report: PlaybackReport) -> String {
        var out = ""
        for output in report.outputs {
            let format = output.format.map { " (\($0.rate) Hz, \($0.channels) ch)" } ?? ""
            out += "\(output.device)\(format):\n"
            for item in output.items {
                let gain = item.appliedGainDB == 0 ? "" : String(format: ", gain %+.1f dB", item.appliedGainDB)
                switch item.outcome {
                case .played: out += "  played   \(clock(item.playedMs))  \(item.item.path)\(gain)\n"
                case .stopped: out += "  stopped  \(clock(item.playedMs))  \(item.item.path)\n"
                case .failed(let why): out += "  FAILED   \(clock(item.playedMs))  \(item.item.path): \(why)\n"
                case .notPlayed(let why): out += "  skipped         \(item.item.path): \(why)\n"
                }
            }
            if output.underruns > 0 { out += "  \(output.underruns) underrun\(output.underruns == 1 ? "" : "s") recovered\n" }
        }
        return out
    }

    private static func clock(_ ms: Int64) -> String {
        let s = ms / 1000
        return "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
    }
}

/// SIGINT and SIGTERM stop the playback (with its fade) instead of killing the process mid-buffer.
///
/// A plain signal handler rather than a dispatch source: a source starts dispatch's threads, which cost
/// more than a short `loa play` spends on audio. The handler only does what `PlaybackControl.stop`
/// does, an atomic store, so it is safe in a signal handler.
final class StopOnSignal {
    private static let target = AtomicLazyReference<PlaybackControl>()
    private let signals: [Int32] = [SIGINT, SIGTERM]

    init(_ control: PlaybackControl) {
        // One playback per process: the first control stays the target.
        _ = Self.target.storeIfNil(control)
        for number in signals {
            signal(number) { _ in StopOnSignal.target.load()?.stop() }
        }
    }

    func cancel() {
        for number in signals { signal(number, SIG_DFL) }
    }
}
