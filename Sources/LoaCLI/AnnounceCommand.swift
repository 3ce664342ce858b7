import ArgumentParser
import Foundation
import LoaAudio
import LoaCore
import LoaDaemon

struct AnnounceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "announce",
        abstract: "Air an announcement now, through the running daemon, and say whether it aired.",
        discussion: """
            The file is decoded and the zones checked before anything is handed in; then the daemon takes the \
            request, airs it and `loa announce` waits for the outcome: exit status 0 only when it aired. \
            With --emergency, what is on air stops (and airs again afterwards if its session still has room).
            """
    )

    @Argument(help: "The audio file (MP3, WAV, FLAC, OGG).")
    var file: String

    @Option(name: .customLong("zone"), help: ArgumentHelp("A zone to air it in; repeat for several. Default: every zone.", valueName: "ID"))
    var zones: [String] = []

    @Flag(help: "Stop what is on air for it.")
    var emergency = false

    @Option(help: "The title in the log. Default: the file's name.")
    var title: String?

    @Option(name: .customLong("emergency-folder"),
            help: ArgumentHelp("The running daemon's emergency folder. Default: the one its status file names, else \(DaemonPaths().emergencyFolder).",
                               valueName: "PATH"))
    var emergencyFolder: String?

    @Option(help: ArgumentHelp("The status file the daemon writes.", valueName: "PATH"))
    var status: String = DaemonPaths().status

    @Option(help: ArgumentHelp("Seconds to wait for the daemon to take the request and start airing it; then it is withdrawn.",
                               valueName: "SECONDS"))
    var timeout: Double = 30

    @Flag(name: .customLong("no-wait"), help: "Return once the daemon has accepted the request, without waiting for it to air.")
    var noWait = false

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be a number of seconds above 0.") }
    }

    func run() throws {
        do {
            let announcer = Announcer(statusPath: absolute(status), folderOption: emergencyFolder.map(absolute),
                                      timeoutSeconds: timeout, wait: !noWait)
            let name = (file as NSString).lastPathComponent
            try announcer.announce(audio: absolute(file), title: title ?? name, zones: zones, emergency: emergency)
        } catch let failure as CLIFailure {
            throw failure.exit()
        }
    }

    /// A path as the caller meant it: relative to the caller's working directory, not the daemon's.
    private func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
            .standardizedFileURL.path
    }
}
