import ArgumentParser
import LoaCore

/// Shell completion of the ids the station's configuration defines. The completion scripts (bash, zsh,
/// fish; `loa --generate-completion-script`) call back into `loa` as the officer presses Tab, and these
/// read the configuration named by `--config` on the line being typed, or /etc/loa/loa.toml. A
/// configuration that cannot be read completes nothing: completion never prints an error.
enum ConfigCompletion {
    static let zones = complete { $0.zones.map(\.id) }
    static let slots = complete { $0.slots.map(\.id) }
    static let announcements = complete { $0.announcements.map(\.id) }
    static let campaigns = complete { $0.announcements.compactMap(\.campaign) }

    private static func complete(_ ids: @escaping @Sendable (Timetable) -> [String]) -> CompletionKind {
        .custom { words, _, prefix in
            guard let timetable = ConfigLoader.load(mainFile: configPath(in: words)).timetable else { return [] }
            var seen = Set<String>()
            return ids(timetable).filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
        }
    }

    /// The value of the last `--config PATH` or `--config=PATH` among the words typed so far.
    static func configPath(in words: [String]) -> String {
        var path = ConfigLoader.defaultMainFile
        for (i, word) in words.enumerated() {
            if word == "--config", i + 1 < words.count, !words[i + 1].isEmpty {
                path = words[i + 1]
            } else if word.hasPrefix("--config=") {
                path = String(word.dropFirst("--config=".count))
            }
        }
        return path
    }
}
