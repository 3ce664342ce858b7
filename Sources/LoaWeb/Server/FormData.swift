import Foundation

/// A urlencoded form (`a=1&b=x+y&days=t2&days=t4`); a key may repeat. Split by hand (a few lines):
/// URLComponents' percentEncodedQuery setter is not safe with a malformed escape from a client.
struct FormData: Sendable {
    static let limitBytes = 256 * 1024

    private(set) var pairs: [(String, String)] = []

    init() {}

    init(urlencoded body: String) {
        func decode(_ part: Substring) -> String {
            let spaced = part.replacingOccurrences(of: "+", with: " ")
            return (spaced.removingPercentEncoding ?? spaced).precomposedStringWithCanonicalMapping
        }
        pairs = body.split(separator: "&").map { field in
            let halves = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (decode(halves[0]), halves.count > 1 ? decode(halves[1]) : "")
        }
    }

    subscript(_ key: String) -> String? { pairs.first { $0.0 == key }?.1 }

    /// Trimmed; nil when missing or blank.
    func text(_ key: String) -> String? {
        let value = self[key]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return value.isEmpty ? nil : value
    }

    func all(_ key: String) -> [String] { pairs.filter { $0.0 == key }.map(\.1) }
}
