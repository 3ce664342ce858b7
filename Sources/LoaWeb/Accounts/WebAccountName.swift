import Foundation

/// Rules for the login name and the display name, shared by the users file and `loa web user`.
public enum WebAccountName {
    /// The longest login name accepted.
    public static let maximumLength = 32

    /// The login name as stored and compared: trimmed and lowercased, so `Lan` and `lan ` log in as `lan`.
    public static func normalised(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Why `name` (already normalised) cannot be a login name, or nil when it can. Login names are plain
    /// ASCII so that they are typed the same on every phone keyboard and are safe in a cookie and a log.
    public static func problem(with name: String) -> String? {
        if name.isEmpty { return "the name is empty" }
        if name.count > maximumLength { return "the name is longer than \(maximumLength) characters" }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        if let bad = name.first(where: { !allowed.contains($0) }) {
            return "the name contains '\(bad)'; use lowercase letters a-z, digits, '.', '_' or '-' (the display name may be in Vietnamese)"
        }
        if let first = name.first, first == "-" || first == "." { return "the name must not begin with '\(first)'" }
        return nil
    }

    /// The display name as stored: trimmed and in Unicode NFC, so the same name typed on two keyboards compares equal.
    public static func normalisedDisplayName(_ displayName: String) -> String {
        displayName.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
    }

    /// Why a normalised display name cannot be used, or nil.
    public static func problem(withDisplayName displayName: String) -> String? {
        if displayName.isEmpty { return "the display name is empty" }
        if displayName.count > 80 { return "the display name is longer than 80 characters" }
        if displayName.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "the display name contains a control character"
        }
        return nil
    }
}
