import ArgumentParser

/// `loa web`: the officer's web console and its accounts.
struct WebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "web",
        abstract: "The officer's web console (loa web) and its accounts.",
        subcommands: [WebServeCommand.self, WebUserCommand.self],
        defaultSubcommand: WebServeCommand.self
    )
}
