/// A console account as the pages see it: never its password hash.
public struct WebAccount: Sendable, Hashable {
    /// The login name: lowercase ASCII letters, digits, `.`, `_` and `-` (see `WebAccountName`).
    public var name: String
    /// The person's name as the pages and `approved_by` show it, in Vietnamese (NFC).
    public var displayName: String
    public var role: WebRole

    public init(name: String, displayName: String, role: WebRole) {
        self.name = name
        self.displayName = displayName
        self.role = role
    }
}
