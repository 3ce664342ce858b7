import ArgumentParser
import LoaCore

/// `loa`: the broadcast timetable of a commune radio station and its village loudspeakers.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct LoaCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "loa",
        abstract: "Broadcast scheduler for a commune radio station (đài truyền thanh xã) and its village loudspeakers.",
        version: BuildInfo.line,
        subcommands: [CheckCommand.self, PlanCommand.self, RunCommand.self, StatusCommand.self, AnnounceCommand.self,
                      DevicesCommand.self, PlayCommand.self, SayCommand.self,
                      ExportCommand.self, ReportCommand.self, LogCommand.self]
    )

    public init() {}
}

/// `--config PATH`, shared by every command that reads the configuration.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The main configuration file; announcements.d/ beside it is read too.", valueName: "PATH"))
    var config: String = ConfigLoader.defaultMainFile
}

/// The executable's entry: calls the asynchronous `main` (the synchronous one refuses async subcommands).
public func runLoa() async {
    await LoaCommand.main()
}

/// `loa play` in its common forms, read without ArgumentParser (see `PlayArguments.quick`) and played
/// on the calling thread; false, having done nothing, for every other command line. Synchronous, so
/// that the executable's top-level code runs it on the main thread, never on the cooperative pool.
public func runPlayQuickly(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Bool {
    guard let play = PlayArguments.quick(arguments) else { return false }
    do {
        try PlayCommand.play(play)
    } catch {
        LoaCommand.exit(withError: error)
    }
    return true
}
