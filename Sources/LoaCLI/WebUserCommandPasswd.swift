import ArgumentParser
import LoaWeb

struct WebUserPasswdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd",
        abstract: "Set a new password for an account; read from stdin or asked twice."
    )

    @Argument(help: "The login name.")
    var name: String

    @OptionGroup var file: WebUsersFileOption

    func run() throws {
        try WebUserCommand.reporting {
            var accounts = try WebAccounts.load(from: file.path)
            let account = try accounts.existing(name)
            let password = try WebUserPassword.read(for: account.name)
            try accounts.setPassword(of: account.name, to: password)
            try WebAccountsStore.save(accounts, to: file.path)
            print("Changed the password of \(account.name) in \(file.path).")
        }
    }
}
