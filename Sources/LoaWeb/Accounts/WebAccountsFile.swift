import Foundation

/// The users file as it is on disk (JSON): written by `loa web user`, read by `loa web`.
///
///     { "version": 1,
///       "users": [ { "name": "lan", "display_name": "Nguyễn Thị Lan", "role": "officer",
///                    "password_bcrypt": "$2b$12$…" } ] }
struct WebAccountsFile: Codable {
    static let currentVersion = 1

    struct User: Codable {
        var name: String
        var displayName: String
        var role: String
        var passwordBcrypt: String

        enum CodingKeys: String, CodingKey {
            case name
            case displayName = "display_name"
            case role
            case passwordBcrypt = "password_bcrypt"
        }
    }

    var version: Int
    var users: [User]

    static func decode(_ data: Data, path: String) throws -> WebAccountsFile {
        do {
            return try JSONDecoder().decode(WebAccountsFile.self, from: data)
        } catch let error as DecodingError {
            throw WebAccountsError.invalid(path, at: Self.place(of: error), Self.problem(of: error))
        }
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    private static func place(of error: DecodingError) -> String {
        let path: [CodingKey]
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
             .dataCorrupted(let context):
            path = context.codingPath
        @unknown default:
            path = []
        }
        if path.isEmpty { return "the whole file" }
        return path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }

    private static func problem(of error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): return "'\(key.stringValue)' is missing"
        case .typeMismatch(let type, _): return "expected \(type == String.self ? "text" : "\(type)")"
        case .valueNotFound: return "a value is missing"
        case .dataCorrupted(let context): return "not valid JSON (\(context.debugDescription))"
        @unknown default: return "not understood"
        }
    }
}
