import ArgumentParser
import LoaWeb

struct WebUserRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove an account. A running `loa web` refuses its next request."
    )

    @Argument(help: "The login name.")
    var name: String

    @OptionGroup var file: WebUsersFileOption

    func run() throws {
        try WebUserCommand.reporting {
            var accounts = try WebAccounts.load(from: file.path)
            let removed = try accounts.remove(name)
            try WebAccountsStore.save(accounts, to: file.path)
            print("Removed \(removed.name) (\(removed.displayName)) from \(file.path).")
        }
    }
}
