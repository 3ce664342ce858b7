/// The language of what loa says to people: Vietnamese for the commune officer, or English. Also the
/// language of the log's exports and reports (`--lang` of `loa export`, `loa report`).
public enum Language: String, Sendable, Hashable, CaseIterable {
    case vi, en

    /// The language a locale name asks for: `vi`, `vi_VN`, `vi_VN.UTF-8`, `vi-VN` → Vietnamese; nil for
    /// an empty name. `C`, `POSIX`, `en_US.UTF-8` and every other locale → English.
    public init?(localeName: String) {
        let name = localeName.trimmingSpaces().lowercased()
        guard !name.isEmpty else { return nil }
        let language = name.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }
        self = language == "vi" ? .vi : .en
    }

    /// The value of `--lang`: `vi` or `en` (a locale name such as `vi_VN` is taken too); nil otherwise.
    public init?(option: String) {
        let name = option.trimmingSpaces().lowercased()
        let language = name.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }
        switch language {
        case "vi": self = .vi
        case "en": self = .en
        default: return nil
        }
    }

    /// The language of messages as POSIX chooses the LC_MESSAGES category: `LC_ALL` if set and not
    /// empty, else `LC_MESSAGES`, else `LANG`; none of them → English. The core reads no environment
    /// itself: the caller passes it (the process's, or a test's).
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], let language = Language(localeName: value) { return language }
        }
        return .en
    }
}
