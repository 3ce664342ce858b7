/// One problem found in a configuration, in words an officer can act on.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public enum Code: String, Sendable, Hashable, CaseIterable {
        case tomlSyntax = "toml-syntax"
        case encoding
        case configMissing = "config-missing"
        case fileUnreadable = "file-unreadable"
        case unknownKey = "unknown-key"
        case missingKey = "missing-key"
        case wrongType = "wrong-type"
        case invalidValue = "invalid-value"
        case invalidDate = "invalid-date"
        case invalidTime = "invalid-time"
        case invalidDuration = "invalid-duration"
        case duplicateID = "duplicate-id"
        case unknownZone = "unknown-zone"
        case unknownSlot = "unknown-slot"
        case audioMissing = "audio-missing"
        case audioUnreadable = "audio-unreadable"
        case windowReversed = "window-reversed"
        case unknownTimeZone = "unknown-timezone"
        case neverAirs = "never-airs"
        case slotOverfull = "slot-overfull"
        case slotPastMidnight = "slot-past-midnight"
        case notApproved = "not-approved"
        case campaignOverflow = "campaign-overflow"
        case textMissing = "text-missing"
        case speechFailed = "speech-failed"
    }

    public var severity: Severity
    public var code: Code
    /// As shown: relative to the configuration folder when inside it.
    public var file: String
    /// 1-based; 0 when the problem has no place in a file.
    public var line: Int
    public var column: Int
    /// `station`, `zone "x"`, `slot "x"`, `announcement "x"`, or empty; in both languages.
    public var subjectText: LocalizedText
    /// The key the problem is about, such as `slots` or `zones[1]`: TOML, the same in both languages.
    public var keyPath: String
    /// What is wrong, in both languages.
    public var messageText: LocalizedText
    /// What would be right, in both languages.
    public var fixText: LocalizedText

    /// English; `subject(in:)` for the other language. Setting it sets both languages.
    public var subject: String {
        get { subjectText.en }
        set { subjectText = LocalizedText(verbatim: Self.clipped(newValue, limit: 120)) }
    }
    /// English; `message(in:)` for the other language. Setting it sets both languages.
    public var message: String {
        get { messageText.en }
        set { messageText = LocalizedText(verbatim: Self.clipped(newValue)) }
    }
    /// English; `fix(in:)` for the other language. Setting it sets both languages.
    public var fix: String {
        get { fixText.en }
        set { fixText = LocalizedText(verbatim: Self.clipped(newValue)) }
    }

    public func subject(in language: Language) -> String { subjectText.text(in: language) }
    public func message(in language: Language) -> String { messageText.text(in: language) }
    public func fix(in language: Language) -> String { fixText.text(in: language) }

    public init(_ severity: Severity, _ code: Code, file: String, line: Int = 0, column: Int = 0,
                subject: LocalizedText = .empty, keyPath: String = "", message: LocalizedText, fix: LocalizedText = .empty) {
        self.severity = severity
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.subjectText = Self.clipped(subject, limit: 120)
        self.keyPath = Self.clipped(keyPath, limit: 120)
        self.messageText = Self.clipped(message)
        self.fixText = Self.clipped(fix)
    }

    /// A diagnostic whose texts exist in English only (code written before the two languages): both
    /// languages show the English.
    public init(_ severity: Severity, _ code: Code, file: String, line: Int = 0, column: Int = 0,
                subject: String = "", keyPath: String = "", message: String, fix: String = "") {
        self.init(severity, code, file: file, line: line, column: column, subject: LocalizedText(verbatim: subject),
                  keyPath: keyPath, message: LocalizedText(verbatim: message), fix: LocalizedText(verbatim: fix))
    }

    /// The longest message or fix kept whole: a value that is megabytes long (a file that is one long
    /// line) is quoted in part, not copied into the terminal and the journal.
    public static let longestText = 600

    static func clipped(_ text: String, limit: Int = longestText) -> String {
        guard text.utf8.count > limit else { return text }
        let kept = String(text.prefix(limit))
        return kept + "… (\(text.utf8.count - kept.utf8.count) more bytes left out)"
    }

    static func clipped(_ text: LocalizedText, limit: Int = longestText) -> LocalizedText {
        func vi(_ text: String) -> String {
            guard text.utf8.count > limit else { return text }
            let kept = String(text.prefix(limit))
            return kept + "… (còn \(text.utf8.count - kept.utf8.count) byte nữa không in ra)"
        }
        return LocalizedText(en: clipped(text.en, limit: limit), vi: vi(text.vi))
    }

    /// `file:line:col: error[code]: subject, key: message. fix`, in English.
    public var description: String { description(in: .en) }

    /// `file:line:col: error[code]: subject, key: message. fix`; `error[code]` is the same in every
    /// language, so that documentation and searches find it.
    public func description(in language: Language) -> String {
        var place = file
        if line > 0 { place += ":\(line):\(max(column, 1))" }
        var head = [subject(in: language), keyPath].filter { !$0.isEmpty }.joined(separator: ", ")
        if !head.isEmpty { head += ": " }
        var text = "\(place): \(severity.rawValue)[\(code.rawValue)]: \(head)\(message(in: language))"
        let fix = fix(in: language)
        if !fix.isEmpty { text += " \(fix)" }
        return text
    }
}

/// Collects every problem of a run, so one `loa check` reports them all.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func add(_ diagnostic: Diagnostic) {
        if !all.contains(diagnostic) { all.append(diagnostic) }
    }

    public mutating func add(contentsOf other: Diagnostics) {
        for d in other.all { add(d) }
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Errors first, then by file and line, keeping the order found within a line.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { a, b in
            (a.element.severity, a.element.file, a.element.line, a.offset) < (b.element.severity, b.element.file, b.element.line, b.offset)
        }.map(\.element)
    }
}
