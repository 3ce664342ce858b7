import ArgumentParser
import LoaWeb

struct WebUserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an account; its password is read from stdin or asked twice."
    )

    @Argument(help: "The login name: lowercase letters a-z, digits, '.', '_' or '-'.")
    var name: String

    @Option(help: ArgumentHelp("viewer (sees everything), officer (campaigns, uploads, urgent notices) or approver (also approves campaigns).",
                               valueName: "ROLE"))
    var role: WebRole

    @Option(name: .customLong("display-name"),
            help: ArgumentHelp("The person's name as the pages and approved_by show it, in Vietnamese. Default: the login name.", valueName: "NAME"))
    var displayName: String?

    @OptionGroup var file: WebUsersFileOption

    func run() throws {
        try WebUserCommand.reporting {
            var accounts = try WebAccountsStore.loadOrEmpty(from: file.path)
            // Checked before the password is asked, so a taken name does not cost the typing.
            if accounts.account(named: name) != nil {
                throw CLIFailure("\(file.path): '\(WebAccountName.normalised(name))' already has an account; use `loa web user passwd` to change its password.")
            }
            let password = try WebUserPassword.read(for: WebAccountName.normalised(name))
            try accounts.add(name: name, displayName: displayName ?? name, role: role, password: password)
            try WebAccountsStore.save(accounts, to: file.path)
            if let account = accounts.account(named: name) {
                print("Added \(account.name) (\(account.displayName)), \(account.role.rawValue), to \(file.path).")
            }
        }
    }
}
