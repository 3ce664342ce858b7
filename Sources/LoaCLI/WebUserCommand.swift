import ArgumentParser
import Foundation
import LoaCore
import LoaWeb

/// `loa web user add|passwd|remove|list`: the console's accounts, in the users file beside loa.toml.
struct WebUserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the web console's accounts (viewer, officer, approver).",
        discussion: """
            Accounts live in web-users.json beside the configuration (/etc/loa/web-users.json), mode 640 \
            root:loa, with bcrypt password hashes. Run these as root (sudo). A password is read from the \
            first line of standard input when it is not a terminal, else asked twice without echo.
            """,
        subcommands: [WebUserAddCommand.self, WebUserPasswdCommand.self, WebUserRemoveCommand.self, WebUserListCommand.self]
    )
}

/// `--config` and `--users`, shared by the `loa web user` commands.
struct WebUsersFileOption: ParsableArguments {
    @Option(help: ArgumentHelp("The main configuration file; the users file is web-users.json beside it.", valueName: "PATH"))
    var config: String = ConfigLoader.defaultMainFile

    @Option(help: ArgumentHelp("The users file, if not the one beside --config.", valueName: "PATH"))
    var users: String?

    var path: String { users ?? WebAccounts.defaultPath(besideConfig: config) }
}

extension WebUserCommand {
    /// Runs `body` and turns the accounts' errors into `loa: message` and exit status 1.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as WebAccountsError {
            throw CLIFailure(error.description).exit()
        } catch let failure as CLIFailure {
            throw failure.exit()
        }
    }
}

extension WebRole: ExpressibleByArgument {}
