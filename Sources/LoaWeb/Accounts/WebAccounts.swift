import Crypto
import Foundation

/// The console's accounts, read from the users file (`web-users.json` beside loa.toml, mode 640 root:loa).
/// `loa web` loads it to log people in; `loa web user` changes it and saves it with `WebAccountsStore`.
public struct WebAccounts: Sendable {
    struct Entry: Sendable {
        var account: WebAccount
        var passwordHash: String
    }

    /// The file's usual place: `/etc/loa/web-users.json`.
    public static let defaultFile = defaultPath(besideConfig: "/etc/loa/loa.toml")

    /// The users file beside the main configuration file `config`.
    public static func defaultPath(besideConfig config: String) -> String {
        URL(fileURLWithPath: config).deletingLastPathComponent().appendingPathComponent("web-users.json").path
    }

    /// Accounts in the order of the file (the order they were added).
    private(set) var entries: [Entry]

    /// No accounts.
    public init() {
        entries = []
    }

    /// Reads and checks the users file at `path`.
    public static func load(from path: String) throws -> WebAccounts {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            throw WebAccountsError.missing(path)
        } catch {
            throw WebAccountsError.unreadable(path, (error as NSError).localizedDescription)
        }
        return try WebAccounts(file: WebAccountsFile.decode(data, path: path), path: path)
    }

    init(file: WebAccountsFile, path: String) throws {
        guard file.version == WebAccountsFile.currentVersion else {
            throw WebAccountsError.invalid(path, at: "version", "version \(file.version) is not known to this loa (it reads \(WebAccountsFile.currentVersion))")
        }
        entries = []
        for (index, user) in file.users.enumerated() {
            let place = "users[\(index)]"
            let name = WebAccountName.normalised(user.name)
            if let problem = WebAccountName.problem(with: name) {
                throw WebAccountsError.invalid(path, at: "\(place).name", problem)
            }
            if entries.contains(where: { $0.account.name == name }) {
                throw WebAccountsError.invalid(path, at: "\(place).name", "'\(name)' appears twice")
            }
            let displayName = WebAccountName.normalisedDisplayName(user.displayName)
            if let problem = WebAccountName.problem(withDisplayName: displayName) {
                throw WebAccountsError.invalid(path, at: "\(place).display_name", problem)
            }
            guard let role = WebRole(rawValue: user.role) else {
                throw WebAccountsError.invalid(path, at: "\(place).role", "'\(user.role)' is not a role; use viewer, officer or approver")
            }
            guard WebPassword.isBcryptHash(user.passwordBcrypt) else {
                throw WebAccountsError.invalid(path, at: "\(place).password_bcrypt",
                                               "not a bcrypt hash of cost \(WebPassword.minimumCost) or more; set the password again with `loa web user passwd \(name)`")
            }
            entries.append(Entry(account: WebAccount(name: name, displayName: displayName, role: role),
                                 passwordHash: user.passwordBcrypt))
        }
    }

    /// The accounts, in the order they were added.
    public var all: [WebAccount] { entries.map(\.account) }

    public var isEmpty: Bool { entries.isEmpty }

    /// The account named `name` (normalised as at login), or nil.
    public func account(named name: String) -> WebAccount? {
        let name = WebAccountName.normalised(name)
        return entries.first { $0.account.name == name }?.account
    }

    /// The first 16 bytes of the SHA-256 of the account's bcrypt hash, as hex: changes with every new
    /// password (bcrypt's salt is new each time) and tells nothing usable about the password.
    public func passwordStamp(of name: String) -> String? {
        let name = WebAccountName.normalised(name)
        guard let entry = entries.first(where: { $0.account.name == name }) else { return nil }
        return SHA256.hash(data: Data(entry.passwordHash.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    /// The account when `password` is its password; nil for a wrong password or an unknown user, which
    /// take the same time. bcrypt is slow on purpose: call this off the server's event loop.
    public func verify(user: String, password: String) -> WebAccount? {
        let name = WebAccountName.normalised(user)
        guard let entry = entries.first(where: { $0.account.name == name }) else {
            _ = WebPassword.matches(password, hash: WebPassword.decoyHash)
            return nil
        }
        return WebPassword.matches(password, hash: entry.passwordHash) ? entry.account : nil
    }

    /// The account named `name`, or an error that names the accounts there are.
    public func existing(_ name: String) throws -> WebAccount {
        entries[try indexOf(name)].account
    }

    // MARK: Changes made by `loa web user`

    /// Adds an account; refuses a name already there, a bad name or display name, or a weak password.
    public mutating func add(name: String, displayName: String, role: WebRole, password: String,
                             cost: UInt8 = WebPassword.defaultCost) throws {
        let name = WebAccountName.normalised(name)
        if let problem = WebAccountName.problem(with: name) { throw WebAccountsError("'\(name)': \(problem).") }
        if account(named: name) != nil {
            throw WebAccountsError("'\(name)' already has an account; change its password with `loa web user passwd \(name)` or remove it first.")
        }
        let displayName = WebAccountName.normalisedDisplayName(displayName)
        if let problem = WebAccountName.problem(withDisplayName: displayName) {
            throw WebAccountsError("'\(name)': \(problem); give one with --display-name.")
        }
        if let problem = WebPassword.problem(with: password) { throw WebAccountsError("'\(name)': \(problem).") }
        entries.append(Entry(account: WebAccount(name: name, displayName: displayName, role: role),
                             passwordHash: WebPassword.hash(password, cost: cost)))
    }

    /// Sets a new password for an existing account.
    public mutating func setPassword(of name: String, to password: String, cost: UInt8 = WebPassword.defaultCost) throws {
        let index = try indexOf(name)
        if let problem = WebPassword.problem(with: password) { throw WebAccountsError("'\(entries[index].account.name)': \(problem).") }
        entries[index].passwordHash = WebPassword.hash(password, cost: cost)
    }

    /// Removes an account; returns it.
    @discardableResult
    public mutating func remove(_ name: String) throws -> WebAccount {
        entries.remove(at: try indexOf(name)).account
    }

    private func indexOf(_ name: String) throws -> Int {
        let name = WebAccountName.normalised(name)
        guard let index = entries.firstIndex(where: { $0.account.name == name }) else {
            let known = entries.map(\.account.name).joined(separator: ", ")
            throw WebAccountsError("no account named '\(name)'" + (known.isEmpty ? "; there are none yet." : "; the accounts are: \(known)."))
        }
        return index
    }

    var file: WebAccountsFile {
        WebAccountsFile(version: WebAccountsFile.currentVersion, users: entries.map {
            WebAccountsFile.User(name: $0.account.name, displayName: $0.account.displayName,
                                 role: $0.account.role.rawValue, passwordBcrypt: $0.passwordHash)
        })
    }
}
