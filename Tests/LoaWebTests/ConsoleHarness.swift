import Foundation
import Hummingbird
import Logging
import LoaTestSupport
@testable import LoaWeb

/// A real `loa web` server in this process on a free loopback port, over a copy of a fixture station in
/// a temporary folder, with three accounts; requests go through the real curl.
final class ConsoleHarness: @unchecked Sendable {
    let folder: String
    let config: String
    let settings: WebSettings
    private(set) var port = 0
    private var task: Task<Void, Error>?

    static let password = "mật-khẩu-đúng-1"
    static let users: [String: WebAccount] = [
        "xem": WebAccount(name: "xem", displayName: "Lò Thị Xem", role: .viewer),
        "canbo": WebAccount(name: "canbo", displayName: "Nguyễn Thị Cán Bộ", role: .officer),
        "chutich": WebAccount(name: "chutich", displayName: "Vi Văn Thái", role: .approver),
    ]

    struct Accounts: ConsoleAccounts {
        func verify(user: String, password: String) -> WebAccount? {
            password == ConsoleHarness.password ? ConsoleHarness.users[user] : nil
        }

        func account(named name: String) -> WebAccount? { ConsoleHarness.users[name] }
    }

    actor Throttle: ConsoleThrottle {
        func waitSeconds(user: String, address: String) -> Int? { nil }
        func failed(user: String, address: String) {}
        func succeeded(user: String, address: String) {}
    }

    init(fixture: String = "valid/not-approved", uploadLimitBytes: Int = 5 * 1024 * 1024,
         throttle: any ConsoleThrottle = Throttle()) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-web-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.fixtures + "/" + fixture, toPath: folder + "/etc")
        config = folder + "/etc/loa.toml"
        settings = WebSettings(config: config, log: folder + "/var/airings.sqlite", status: folder + "/run/status.json",
                               uploads: folder + "/var/web/uploads", speechCache: folder + "/var/web/speech",
                               host: "127.0.0.1", port: 0, uploadLimitBytes: uploadLimitBytes)
        let ports = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "loa-web-test")
        // Cancelling the server at the end of a test is logged as an error by Hummingbird.
        logger.logLevel = .critical
        let app = try await WebServer.application(settings: settings, accounts: Accounts(), throttle: throttle, logger: logger) { port in
            ports.continuation.yield(port)
        }
        task = Task { try await app.run() }
        for await p in ports.stream { port = p; break }
    }

    func stop() {
        task?.cancel()
        try? FileManager.default.removeItem(atPath: folder)
    }

    var base: String { "http://127.0.0.1:\(port)" }

    /// A browser of its own: a cookie jar in the harness's folder.
    func client() -> Client { Client(harness: self, jar: folder + "/jar-\(UUID().uuidString)") }

    struct Answer {
        var status: Int
        var body: String
        var headers: String
    }

    struct Client {
        let harness: ConsoleHarness
        let jar: String

        func request(_ path: String, method: String = "GET", form: [(String, String)]? = nil, headers: [String] = [],
                     dataFile: String? = nil, chunked: Bool = false) async throws -> Answer {
            let out = harness.folder + "/body-\(UUID().uuidString)"
            let head = harness.folder + "/head-\(UUID().uuidString)"
            var args = ["-s", "-o", out, "-D", head, "-w", "%{http_code}", "-b", jar, "-c", jar, "-X", method]
            for h in headers { args += ["-H", h] }
            if let form {
                args += ["-H", "Content-Type: application/x-www-form-urlencoded", "--data-binary",
                         form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")]
            }
            if let dataFile {
                args += ["--data-binary", "@" + dataFile, "-H", "Content-Type: application/octet-stream"]
                if chunked { args += ["-H", "Transfer-Encoding: chunked"] }
            }
            args.append(harness.base + path)
            let result = await (try Child("/usr/bin/curl", args)).finished()
            let body = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            let headers = (try? String(contentsOfFile: head, encoding: .utf8)) ?? ""
            return Answer(status: Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0, body: body, headers: headers)
        }

        static func encode(_ s: String) -> String {
            s.addingPercentEncoding(withAllowedCharacters: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? s
        }

        /// Logs in through the login form (its CSRF cookie and field) and returns the session's CSRF token.
        func login(_ user: String) async throws -> String {
            let page = try await request("/login")
            let token = Self.value(of: "csrf", in: page.body) ?? ""
            let answer = try await request("/login", method: "POST", form: [("csrf", token), ("user", user),
                                                                            ("password", ConsoleHarness.password), ("next", "/campaigns")])
            guard answer.status == 303 else { throw HarnessError("login as \(user) answered \(answer.status)") }
            let campaigns = try await request("/campaigns")
            return Self.value(of: "csrf", in: campaigns.body) ?? ""
        }

        /// The href of the link with this id (entities as the page escapes them undone).
        static func href(id: String, in html: String) -> String? {
            guard let range = html.range(of: "href=\"", options: .backwards, range: html.startIndex..<(html.range(of: "id=\"\(id)\"")?.lowerBound ?? html.startIndex)) else { return nil }
            let rest = html[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]).replacingOccurrences(of: "&amp;", with: "&") }
        }

        /// The value of the first hidden input with this name.
        static func value(of name: String, in html: String) -> String? {
            guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
            let rest = html[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    struct HarnessError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    var pendingFolder: String { folder + "/etc/announcements.d/pending" }
    var dropInFolder: String { folder + "/etc/announcements.d" }

    func files(in path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    static var recording: String { Paths.fixtures + "/valid/not-approved/announcements.d/audio/chu-de.wav" }
}
