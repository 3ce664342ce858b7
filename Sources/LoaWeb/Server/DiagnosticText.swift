import LoaCore

/// A checker's diagnostic as one sentence for the page. English until the checker speaks Vietnamese
/// (the diagnostics' own translation), then in the page's language.
enum DiagnosticText {
    static func sentence(_ d: Diagnostic, _ lang: WebLanguage) -> String {
        var text = d.message
        if !d.fix.isEmpty { text += " " + d.fix }
        return text
    }
}
