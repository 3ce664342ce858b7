import Foundation

/// Finds the campaign an officer meant by what they typed: the exact name, the name typed without
/// diacritics or in other case, the start of it, a part of it, or the name of its drop-in file.
public enum CampaignName {
    public enum Match: Hashable, Sendable {
        case found(String)
        /// Several campaigns fit; the officer must say which.
        case ambiguous([String])
        /// None fits; the nearest one, if any is close.
        case none(suggestion: String?)
    }

    /// - Parameters:
    ///   - known: every campaign name (NFC) — in the configuration, the record of what was planned, the log.
    ///   - files: drop-in file names without folder and `.toml`, each with the campaign it names.
    public static func match(_ typed: String, known: [String], files: [String: String] = [:]) -> Match {
        let typed = typed.nfc
        let names = Array(Set(known)).sorted()
        if names.contains(typed) { return .found(typed) }
        let key = fold(typed)
        guard !key.isEmpty else { return .none(suggestion: nil) }
        let folded = names.map { ($0, fold($0)) }
        if let exact = unique(folded.filter { $0.1 == key }.map(\.0)) { return exact }
        if let file = files.first(where: { fold($0.key) == key }) { return .found(file.value) }
        if let prefix = unique(folded.filter { $0.1.hasPrefix(key) }.map(\.0)) { return prefix }
        if let part = unique(folded.filter { (" " + $0.1 + " ").contains(" " + key + " ") || $0.1.contains(key) }.map(\.0)) {
            return part
        }
        return .none(suggestion: NearestMatch.suggestion(for: typed, among: names))
    }

    private static func unique(_ found: [String]) -> Match? {
        switch found.count {
        case 0: nil
        case 1: .found(found[0])
        default: .ambiguous(found.sorted())
        }
    }

    /// Lower case, without diacritics (đ as d), with `-` and `_` as spaces and spaces collapsed.
    public static func fold(_ text: String) -> String {
        let plain = text.nfc.replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let spaced = plain.map { $0 == "-" || $0 == "_" ? " " : $0 }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }
}
