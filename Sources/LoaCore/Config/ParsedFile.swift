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

    func reader(_ table: ConfigTable, section: KeyLocator.Section, subject: LocalizedText, reporter: Reporter,
                allowed: [String]? = nil, hints: [String: LocalizedText] = [:]) -> TableReader {
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
    mutating func identify(kind: (String) -> LocalizedText, example: String) -> String? {
        guard let id = string("id", required: true, example: example) else { return nil }
        guard Identifiers.isValid(id) else {
            let slug = Identifiers.slug(id)
            let foreign = Identifiers.lookAlikeLetters(in: id).joined(separator: ", ")
            let one = Identifiers.lookAlikeLetters(in: id).count == 1
            let why = foreign.isEmpty ? LocalizedText.empty : LocalizedText(
                en: " It holds \(foreign): \(one ? "a letter that looks Latin but is not" : "letters that look Latin but are not") (typed with a Russian or Greek keyboard layout, or copied from such a text).",
                vi: " Trong đó có \(foreign): chữ trông giống chữ Latinh nhưng không phải (gõ bằng bàn phím tiếng Nga, tiếng Hy Lạp, hoặc chép từ văn bản như vậy).")
            let written = slug.isEmpty ? example : "id = \"\(slug)\""
            report(.invalidValue, key: "id",
                   message: LocalizedText(en: "the id \"\(id)\" may hold only letters a–z without accents, digits, - and _.",
                                          vi: "mã id \"\(id)\" chỉ được gồm chữ a–z không dấu, chữ số, dấu - và dấu _.") + why,
                   fix: LocalizedText(en: "Write for example: \(written)", vi: "Sửa thành, ví dụ: \(written)"))
            return nil
        }
        subject = kind(id)
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
                   message: LocalizedText(en: "it starts on \(from) but ends earlier, on \(until).",
                                          vi: "ngày bắt đầu là \(from) nhưng ngày kết thúc lại sớm hơn, là \(until)."),
                   fix: LocalizedText(en: "Swap the two dates, or correct the one that is wrong: from is the first day, until the last.",
                                      vi: "Đổi chỗ hai ngày, hoặc sửa ngày bị sai: from là ngày đầu tiên, until là ngày cuối cùng."))
        }
        return window
    }

    /// A length that may also be zero, such as a pause.
    func pause(_ key: String) -> Int64? {
        if case .string(let s)? = table[key], ["0", "0s", "0m"].contains(s.trimmingSpaces()) { return 0 }
        return duration(key, example: "\(key) = \"2s\"")
    }
}
