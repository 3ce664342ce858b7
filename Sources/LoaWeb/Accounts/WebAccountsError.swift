/// Why the users file could not be read or changed; each message names the file, the place and the fix.
public struct WebAccountsError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }

    static func missing(_ path: String) -> WebAccountsError {
        WebAccountsError("\(path): no users file; create the first account with `loa web user add NAME --role approver`.")
    }

    static func unreadable(_ path: String, _ reason: String) -> WebAccountsError {
        WebAccountsError("\(path): cannot be read (\(reason)); check that it exists and that its group (loa) may read it.")
    }

    static func invalid(_ path: String, at place: String, _ problem: String) -> WebAccountsError {
        WebAccountsError("\(path): \(place): \(problem). Fix the file, or remove the account and add it again with `loa web user`.")
    }
}
