/// Who may log in, as the pages need it. The accounts file (`Accounts/`, `loa web user …`) provides it;
/// tests give an in-memory one.
public protocol ConsoleAccounts: Sendable {
    /// The account, if the password is right; nil for an unknown name or a wrong password alike.
    func verify(user: String, password: String) -> ConsoleUser?
    /// The account as it is now (nil once removed): every request checks it, so a removed account or a
    /// changed role takes effect at once, not when the session ends.
    func account(named name: String) -> ConsoleUser?
}

/// A logged-in person as the pages see them.
public struct ConsoleUser: Sendable, Hashable {
    public var name: String
    /// As shown and as written into `approved_by`.
    public var displayName: String
    public var role: ConsoleRole

    public init(name: String, displayName: String, role: ConsoleRole) {
        self.name = name
        self.displayName = displayName
        self.role = role
    }
}

/// What a role may post: every role sees every page.
public enum ConsoleRole: String, Sendable, Hashable, CaseIterable {
    case viewer, officer, approver

    public var canEdit: Bool { self != .viewer }
    public var canApprove: Bool { self == .approver }
}

/// Slows and then locks repeated wrong passwords, per login name and per client address.
public protocol ConsoleThrottle: Sendable {
    /// Nil: may try now; else the seconds to wait.
    func waitSeconds(user: String, address: String) async -> Int?
    func failed(user: String, address: String) async
    func succeeded(user: String, address: String) async
}
