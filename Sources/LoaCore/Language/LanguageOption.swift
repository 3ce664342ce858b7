/// `--lang vi|en`, the option of every `loa` command that chooses the language of its messages.
///
/// ArgumentParser has no option shared by every subcommand, so `--lang` is taken out of the arguments
/// before they are parsed (written by hand: no library does this) and every command sees the rest.
/// `export`, `report` and `log` have a `--lang` of their own (the language of what they write): theirs
/// is left to them, moved after the subcommand's name if it was written before it.
public enum LanguageOption {
    public static let commandsWithOwnLang: Set<String> = ["export", "report", "log"]

    /// The arguments without `--lang`, the language they ask for, and a complaint if its value is not one.
    public struct Split: Equatable, Sendable {
        public var arguments: [String]
        public var language: Language?
        public var invalidValue: String?

        public init(arguments: [String], language: Language?, invalidValue: String?) {
            self.arguments = arguments
            self.language = language
            self.invalidValue = invalidValue
        }
    }

    public static func split(_ arguments: [String]) -> Split {
        var out = Split(arguments: [], language: nil, invalidValue: nil)
        var rest = arguments[...]
        var command: String?
        var beforeCommand: [String] = []
        while let word = rest.popFirst() {
            if word == "--" {
                out.arguments.append(word)
                out.arguments += rest
                break
            }
            let value: String?
            if word == "--lang" {
                value = rest.popFirst()
            } else if word.hasPrefix("--lang=") {
                value = String(word.dropFirst("--lang=".count))
            } else {
                if command == nil, !word.hasPrefix("-") {
                    command = word
                    out.arguments.append(word)
                    if commandsWithOwnLang.contains(word) { out.arguments += beforeCommand }
                } else {
                    out.arguments.append(word)
                }
                continue
            }
            if let value, let language = Language(option: value) {
                out.language = language
            } else {
                out.invalidValue = value ?? ""
            }
            // Kept for the subcommands whose own --lang it is; before the subcommand's name it is moved after it.
            let own = ["--lang", value ?? ""]
            if let command {
                if commandsWithOwnLang.contains(command) { out.arguments += own }
            } else {
                beforeCommand += own
            }
        }
        return out
    }


    /// The language of this process's messages: its own `--lang`, else its environment's locale. Read once.
    public static func chosen(arguments: [String], environment: [String: String]) -> Language {
        split(arguments).language ?? Language.fromEnvironment(environment)
    }
}
