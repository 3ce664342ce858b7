import ArgumentParser

/// `loa`: the broadcast timetable of a commune radio station and its village loudspeakers.
public struct LoaCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "loa",
        abstract: "Broadcast scheduler for a commune radio station (đài truyền thanh xã) and its village loudspeakers.",
        subcommands: [CheckCommand.self, PlanCommand.self, DevicesCommand.self, PlayCommand.self,
                      ExportCommand.self, ReportCommand.self, LogCommand.self]
    )

    public init() {}

    /// The process's entry: `loa play` in its common forms skips ArgumentParser (see
    /// `PlayArguments.quick`); everything else goes through it.
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        guard let play = PlayArguments.quick(arguments) else { return main(arguments) }
        do {
            try PlayCommand.play(play)
        } catch {
            exit(withError: error)
        }
    }
}

/// `--config PATH`, shared by every command that reads the configuration.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The main configuration file; announcements.d/ beside it is read too.", valueName: "PATH"))
    var config: String = "/etc/loa/loa.toml"
}
