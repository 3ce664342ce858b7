import ArgumentParser
import Foundation
import LoaAudio
import LoaCore
import LoaDaemon
import Logging

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Air the timetable: the daemon systemd runs (loa.service).",
        discussion: "SIGHUP or any change to the configuration reloads it; SIGTERM or SIGINT stops with a short fade."
    )

    @OptionGroup var options: ConfigOption
    @OptionGroup var logOption: LogOption

    @Option(help: ArgumentHelp("The status file `loa status` reads.", valueName: "PATH"))
    var status: String = DaemonPaths().status

    @Option(name: .customLong("emergency-folder"), help: ArgumentHelp("Audio files dropped here air at once.", valueName: "PATH"))
    var emergencyFolder: String = DaemonPaths().emergencyFolder

    @Option(name: .customLong("fixed-grace"), help: ArgumentHelp("How late a fixed-time airing may still start, such as 10m.", valueName: "LENGTH"))
    var fixedGrace: String = "10m"

    @Option(name: .customLong("announce-max-wait"),
            help: ArgumentHelp("How long an urgent notice or `loa announce` request may wait to air; older, it is logged missed, not aired late.",
                               valueName: "LENGTH"))
    var announceMaxWait: String = "10m"

    func run() async throws {
        DaemonLogging.bootstrap()
        guard let grace = ConfigDuration.parseMilliseconds(fixedGrace) else {
            throw ValidationError(LocalizedText.notALength("--fixed-grace \(fixedGrace)").shown)
        }
        guard let maxWait = ConfigDuration.parseMilliseconds(announceMaxWait) else {
            throw ValidationError(LocalizedText.notALength("--announce-max-wait \(announceMaxWait)").shown)
        }
        let paths = DaemonPaths(config: options.config, log: logOption.log, emergencyFolder: emergencyFolder, status: status)
        let code = await Daemon.run(Daemon.Options(paths: paths, policy: GracePolicy(fixedGraceMs: grace), announceMaxWaitMs: maxWait), logger: DaemonLogging.logger)
        if code != 0 { throw ExitCode(code) }
    }
}
