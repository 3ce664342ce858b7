/// One configuration file as read: where it is, how it is shown, its text's key places.
struct ParsedFile {
    /// As shown in messages.
    let displayPath: String
    /// The folder audio paths in this file are relative to.
    let folder: String
    let locator: KeyLocator
    let table: ConfigTable
    /// Reads a file the configuration names for its text (`text_file`); nil when it cannot be read.
    var readFile: @Sendable (String) -> [UInt8]? = ConfigSource.readFromDisk

    func reader(_ table: ConfigTable, section: KeyLocator.Section, subject: String, reporter: Reporter,
                allowed: [String]? = nil, hints: [String: String] = [:]) -> TableReader {
        TableReader(table: table, file: displayPath, locator: locator, section: section, subject: subject, reporter: reporter,
                    allowed: allowed, hints: hints)
    }

    func audio(_ written: String) -> AudioRef {
        let path = written.hasPrefix("/") || folder.isEmpty ? written : folder + "/" + written
        return AudioRef(written: written, path: path)
    }

    func sourceRef(_ section: KeyLocator.Section) -> SourceRef {
        SourceRef(file: displayPath, line: locator.place(of: nil, in: section).line, section: section)
    }
}

extension TableReader {
    /// Reads `id` and checks its spelling; the subject becomes `KIND "id"` once the id is known.
    mutating func identify(kind: String, example: String) -> String? {
        guard let id = string("id", required: true, example: example) else { return nil }
        guard Identifiers.isValid(id) else {
            let slug = Identifiers.slug(id)
            let foreign = Identifiers.lookAlikeLetters(in: id)
            let why = foreign.isEmpty ? ""
                : " It holds \(foreign.joined(separator: ", ")): \(foreign.count == 1 ? "a letter that looks Latin but is not" : "letters that look Latin but are not") (typed with a Russian or Greek keyboard layout, or copied from such a text)."
            report(.invalidValue, key: "id", message: "the id \"\(id)\" may hold only letters a–z without accents, digits, - and _.\(why)",
                   fix: slug.isEmpty ? "Write for example: \(example)" : "Write for example: id = \"\(slug)\"")
            return nil
        }
        subject = "\(kind) \"\(id)\""
        return id
    }

    /// `from`/`until`, reported when the start comes after the end.
    func window(inherited: DateWindow = DateWindow()) -> DateWindow {
        let from = date("from", example: "from = 2023-11-15") ?? (has("from") ? nil : inherited.from)
        let until = date("until", example: "until = 2023-12-15") ?? (has("until") ? nil : inherited.until)
        let window = DateWindow(from: from, until: until)
        if window.isEmpty, let from, let until {
            let key = has("until") ? "until" : "from"
            report(.windowReversed, key: key, keyPath: "from/until",
                   message: "it starts on \(from) but ends earlier, on \(until).",
                   fix: "Swap the two dates, or correct the one that is wrong: from is the first day, until the last.")
        }
        return window
    }

    /// A length that may also be zero, such as a pause.
    func pause(_ key: String) -> Int64? {
        if case .string(let s)? = table[key], ["0", "0s", "0m"].contains(s.trimmingSpaces()) { return 0 }
        return duration(key, example: "\(key) = \"2s\"")
    }
}
