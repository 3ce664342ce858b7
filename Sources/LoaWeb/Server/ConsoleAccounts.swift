/// Who may log in, as the pages need it (`WebAccount`, never a password hash). The accounts file
/// (`Accounts/`, `loa web user …`) provides it; tests give an in-memory one.
public protocol ConsoleAccounts: Sendable {
    /// The account, if the password is right; nil for an unknown name or a wrong password alike.
    func verify(user: String, password: String) -> WebAccount?
    /// The account as it is now (nil once removed): every request checks it, so a removed account or a
    /// changed role takes effect at once, not when the session ends.
    func account(named name: String) -> WebAccount?
    /// A short fingerprint of the account's password hash (never the hash): a session remembers it at
    /// login and ends once it differs, so `loa web user passwd` logs the person out everywhere, also
    /// across a restart. Nil for an unknown account.
    func passwordStamp(of name: String) -> String?
}

extension ConsoleAccounts {
    /// Accounts without passwords on disk (tests) have one stamp that never changes.
    public func passwordStamp(of name: String) -> String? { account(named: name) == nil ? nil : "" }
}

/// Slows and then locks repeated wrong passwords, per login name and per client address.
public protocol ConsoleThrottle: Sendable {
    /// Nil: may try now; else the seconds to wait.
    func waitSeconds(user: String, address: String) async -> Int?
    func failed(user: String, address: String) async
    func succeeded(user: String, address: String) async
}
