/// One text in both of loa's languages, written side by side where it is said, so that no message can
/// exist in one language only: the compiler asks for both.
public struct LocalizedText: Hashable, Sendable, CustomStringConvertible {
    public var en: String
    public var vi: String

    public init(en: String, vi: String) {
        self.en = en
        self.vi = vi
    }

    /// A text that reads the same in both languages: a file name, a value, a TOML line.
    public init(verbatim text: String) {
        self.init(en: text, vi: text)
    }

    public static let empty = LocalizedText(en: "", vi: "")

    public func text(in language: Language) -> String {
        switch language {
        case .en: return en
        case .vi: return vi
        }
    }

    public var isEmpty: Bool { en.isEmpty && vi.isEmpty }

    /// English, for logs and code that predates the two languages.
    public var description: String { en }

    public static func + (a: LocalizedText, b: LocalizedText) -> LocalizedText {
        LocalizedText(en: a.en + b.en, vi: a.vi + b.vi)
    }

    /// Each language transformed alike (clipping, trimming).
    public func map(_ transform: (String) -> String) -> LocalizedText {
        LocalizedText(en: transform(en), vi: transform(vi))
    }

    /// Items joined with a separator of each language: `", "` in both, or `" and "` / `" và "`.
    public static func joined(_ items: [LocalizedText], separator: LocalizedText) -> LocalizedText {
        LocalizedText(en: items.map(\.en).joined(separator: separator.en), vi: items.map(\.vi).joined(separator: separator.vi))
    }
}

extension Optional where Wrapped == LocalizedText {
    /// `nil` reads as nothing: for a suggestion that may not exist, put before a fix.
    var orEmpty: LocalizedText { self ?? .empty }
}
