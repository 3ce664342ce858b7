import LoaCore

/// A checker's diagnostic as one sentence for the page, in the page's language (the checker writes
/// every diagnostic in Vietnamese and English).
enum DiagnosticText {
    static func sentence(_ d: Diagnostic, _ lang: WebLanguage) -> String {
        var text = d.message(in: lang)
        let fix = d.fix(in: lang)
        if !fix.isEmpty { text += " " + fix }
        return text
    }
}
