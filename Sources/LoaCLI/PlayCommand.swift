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

    @Option(help: ArgumentHelp("A zone of the configuration; its device is used.", valueName: "ID"))
    var zone: String?

    @Option(help: ArgumentHelp("The main configuration file (for --zone, the loudness target and the pause).", valueName: "PATH"))
    var config: String?

    func validate() throws {
        if device != nil, zone != nil { throw ValidationError("give --device or --zone, not both.") }
    }

    func run() throws {
        AudioLogging.bootstrap()
        let target = try PlayTarget.resolve(device: device, zone: zone, config: config)
        let items = files.map { PlayItem(path: $0) }
        let player = Player(settings: target.settings, logger: AudioLogging.logger)
        let control = PlaybackControl()
        let interrupt = StopOnSignal(control)
        defer { interrupt.cancel() }
        guard let report = BlockingRun.wait({ await player.play(items, devices: [target.device], control: control) }) else {
            throw ExitCode(2)
        }
        print(PlayReportText.render(report), terminator: "")
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
        let path = config ?? "/etc/loa/loa.toml"
        let loaded = ConfigLoader.load(mainFile: path)
        guard let timetable = loaded.timetable, !loaded.diagnostics.hasErrors else {
            throw ValidationError("\(path) has errors; run `loa check --config \(path)`.")
        }
        var settings = PlayerSettings(pauseMs: Int(timetable.station.pauseMs))
        settings.loudness = timetable.station.loudness.map { LoudnessTarget(lufs: $0) }
        if let zone {
            guard let found = timetable.zone(zone) else {
                throw ValidationError("there is no zone \"\(zone)\"; zones: \(timetable.zones.map(\.id).joined(separator: ", ")).")
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

/// Runs async work from a synchronous command and waits for it. The waiting thread is the command's
/// main thread, never one of the cooperative pool's; the player's blocking work has threads of its own.
enum BlockingRun {
    /// Nil only if the task ended without a value, which it cannot.
    static func wait<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T? {
        let result = Mutex<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let value = await work()
            result.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        return result.withLock { $0 }
    }
}

/// SIGINT and SIGTERM stop the playback (with its fade) instead of killing the process mid-buffer.
final class StopOnSignal {
    private let sources: [any DispatchSourceSignal]

    init(_ control: PlaybackControl) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { control.stop() }
            source.resume()
            return source
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
    }
}
