import HummingbirdBcrypt

/// Passwords: the rules a new one must meet, and bcrypt hashing (hummingbird-auth's HummingbirdBcrypt).
public enum WebPassword {
    /// bcrypt's cost (log2 of its rounds). 12 takes a few hundred milliseconds here: slow for a guesser,
    /// quick enough for a login. Tests pass a lower cost, never below `minimumCost`.
    public static let defaultCost: UInt8 = 12
    public static let minimumCost: UInt8 = 10
    public static let minimumLength = 8
    /// bcrypt reads only the first 72 bytes; a longer password would be silently cut, so it is refused.
    public static let maximumBytes = 72

    /// Why `password` cannot be set, or nil.
    public static func problem(with password: String) -> String? {
        if password.count < minimumLength { return "the password is shorter than \(minimumLength) characters" }
        if password.utf8.count > maximumBytes { return "the password is longer than \(maximumBytes) bytes (bcrypt reads no further)" }
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "the password contains a control character"
        }
        return nil
    }

    /// The bcrypt hash of `password` in NFC, so the same password typed on two keyboards matches.
    /// Slow on purpose: call it off the server's event loop.
    public static func hash(_ password: String, cost: UInt8 = defaultCost) -> String {
        let cost = min(max(cost, minimumCost), 31)
        return Bcrypt.hash(password.precomposedStringWithCanonicalMapping, cost: cost)
    }

    /// Whether `password` matches `hash`. Slow on purpose (see `hash`).
    public static func matches(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password.precomposedStringWithCanonicalMapping, hash: hash)
    }

    /// Whether `hash` looks like a bcrypt hash of at least `minimumCost` ("$2b$12$" and 53 more characters).
    static func isBcryptHash(_ hash: String) -> Bool {
        let parts = hash.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].isEmpty, ["2a", "2b", "2y"].contains(parts[1]),
              let cost = UInt8(parts[2]), cost >= minimumCost, cost <= 31, parts[3].count == 53 else { return false }
        return true
    }

    /// A hash of a password nobody knows, checked when the user does not exist, so that an unknown name
    /// takes as long to refuse as a wrong password and the timing does not tell which names exist.
    static let decoyHash = Bcrypt.hash("decoy password nobody knows", cost: defaultCost)
}
