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
    /// `station`, `zone "x"`, `slot "x"`, `announcement "x"`, or empty.
    public var subject: String
    /// The key the problem is about, such as `slots` or `zones[1]`.
    public var keyPath: String
    /// What is wrong.
    public var message: String
    /// What would be right.
    public var fix: String

    public init(_ severity: Severity, _ code: Code, file: String, line: Int = 0, column: Int = 0,
                subject: String = "", keyPath: String = "", message: String, fix: String = "") {
        self.severity = severity
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.subject = Self.clipped(subject, limit: 120)
        self.keyPath = Self.clipped(keyPath, limit: 120)
        self.message = Self.clipped(message)
        self.fix = Self.clipped(fix)
    }

    /// The longest message or fix kept whole: a value that is megabytes long (a file that is one long
    /// line) is quoted in part, not copied into the terminal and the journal.
    public static let longestText = 600

    static func clipped(_ text: String, limit: Int = longestText) -> String {
        guard text.utf8.count > limit else { return text }
        let kept = String(text.prefix(limit))
        return kept + "… (\(text.utf8.count - kept.utf8.count) more bytes left out)"
    }

    /// `file:line:col: error[code]: subject, key: message. fix`
    public var description: String {
        var place = file
        if line > 0 { place += ":\(line):\(max(column, 1))" }
        var head = [subject, keyPath].filter { !$0.isEmpty }.joined(separator: ", ")
        if !head.isEmpty { head += ": " }
        var text = "\(place): \(severity.rawValue)[\(code.rawValue)]: \(head)\(message)"
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
