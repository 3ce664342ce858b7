import Foundation
import ArgumentParser
import LoaWeb

struct WebUserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the accounts: name, role, display name."
    )

    @OptionGroup var file: WebUsersFileOption

    func run() throws {
        try WebUserCommand.reporting {
            let accounts = try WebAccounts.load(from: file.path)
            if accounts.isEmpty {
                print("No accounts in \(file.path); add one with `loa web user add NAME --role approver`.")
                return
            }
            let width = max(4, accounts.all.map(\.name.count).max() ?? 0)
            print("NAME".padding(toLength: width, withPad: " ", startingAt: 0) + "  ROLE      DISPLAY NAME")
            for account in accounts.all {
                print(account.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                      + account.role.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + "  " + account.displayName)
            }
        }
    }
}
