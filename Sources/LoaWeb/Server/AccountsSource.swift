/// The accounts and the throttle `loa web` runs with.
public enum AccountsSource {
    /// The accounts file, read at start.
    public static func load(path: String) throws -> any ConsoleAccounts {
        NoAccounts()
    }

    public static func throttle() -> any ConsoleThrottle { MemoryThrottle() }
}

/// Until the accounts file lands: nobody can log in.
struct NoAccounts: ConsoleAccounts {
    func verify(user: String, password: String) -> ConsoleUser? { nil }
}

actor MemoryThrottle: ConsoleThrottle {
    func waitSeconds(user: String, address: String) -> Int? { nil }
    func failed(user: String, address: String) {}
    func succeeded(user: String, address: String) {}
}
