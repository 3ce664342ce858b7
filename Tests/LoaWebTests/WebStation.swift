import Foundation
import LoaTestSupport

/// A copy of a fixture station in a temporary folder with one account made by the real `loa web user add`,
/// and the real `loa web` started on it (port 0) as often as a test restarts it.
final class WebStation {
    let folder: String
    let config: String
    static let password = "mật-khẩu-đủ-dài"

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-web-station-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.fixtures + "/valid/not-approved", toPath: folder + "/etc")
        config = folder + "/etc/loa.toml"
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    var stateDir: String { folder + "/state" }

    var common: [String] {
        ["--config", config, "--log", folder + "/airings.sqlite", "--status", folder + "/status.json",
         "--uploads", folder + "/web/uploads", "--state-dir", stateDir, "--listen", "127.0.0.1:0"]
    }

    /// `loa web user add` or `passwd`, the password typed on stdin as a technician's script would.
    func user(_ arguments: [String]) async throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Paths.loa)
        process.arguments = ["web", "user"] + arguments + ["--config", config]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("\(Self.password)\n".utf8))
        try input.fileHandleForWriting.close()
        while process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        return process.terminationStatus
    }

    func addOfficer() async throws -> Int32 {
        try await user(["add", "canbo", "--role", "officer", "--display-name", "Nguyễn Thị Cán Bộ"])
    }

    /// A running `loa web`; `url` is what it printed ("http://127.0.0.1:PORT/" or https).
    struct Server {
        let child: Child
        let url: String

        func stop() async -> ProcessResult {
            child.process.terminate()
            return await child.finished()
        }
    }

    /// Starts `loa web` and waits (up to a minute: the machine may be loaded) for the address it prints.
    func start(_ extra: [String] = []) async throws -> Server {
        let child = try Child(Paths.loa, ["web"] + common + extra)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let out = (try? String(contentsOfFile: child.stdoutPath, encoding: .utf8)) ?? ""
            if let range = out.range(of: #"https?://127\.0\.0\.1:\d+/"#, options: .regularExpression) {
                return Server(child: child, url: String(out[range]))
            }
            guard child.process.isRunning else {
                let result = child.finish()
                throw StationError("loa web ended at start (\(result.status)): \(result.stderr)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        child.process.terminate()
        throw StationError("loa web printed no address within a minute")
    }

    /// curl with a cookie jar of its own (one browser); -k: the tests' certificates are self-signed.
    struct Browser {
        let jar: String
        let folder: String

        struct Answer {
            var status: Int
            var body: String
            var headers: String
            var curlStatus: Int32
        }

        func request(_ url: String, method: String = "GET", form: [(String, String)]? = nil) async throws -> Answer {
            let out = folder + "/body-\(UUID().uuidString)"
            let head = folder + "/head-\(UUID().uuidString)"
            var args = ["-s", "-k", "--max-time", "60", "-o", out, "-D", head, "-w", "%{http_code}", "-b", jar, "-c", jar, "-X", method]
            if let form {
                let encode = { (s: String) in
                    s.addingPercentEncoding(withAllowedCharacters: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? s
                }
                args += ["-H", "Content-Type: application/x-www-form-urlencoded", "--data-binary",
                         form.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")]
            }
            args.append(url)
            let result = await (try Child("/usr/bin/curl", args)).finished()
            return Answer(status: Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0,
                          body: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                          headers: (try? String(contentsOfFile: head, encoding: .utf8)) ?? "", curlStatus: result.status)
        }

        /// Logs in through the form; returns the login's answer (its Set-Cookie) and the session's CSRF token.
        func login(_ base: String) async throws -> (answer: Answer, csrf: String) {
            let page = try await request(base + "login")
            let token = Self.value(of: "csrf", in: page.body) ?? ""
            let answer = try await request(base + "login", method: "POST",
                                           form: [("csrf", token), ("user", "canbo"), ("password", WebStation.password)])
            guard answer.status == 303 else { throw StationError("login answered \(answer.status)") }
            let today = try await request(base + "campaigns")
            return (answer, Self.value(of: "csrf", in: today.body) ?? "")
        }

        static func value(of name: String, in html: String) -> String? {
            guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
            let rest = html[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    func browser() -> Browser { Browser(jar: folder + "/jar-\(UUID().uuidString)", folder: folder) }

    struct StationError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

extension String {
    /// The Set-Cookie line for `name` among these response headers.
    func setCookie(_ name: String) -> String? {
        split(whereSeparator: \.isNewline).first { $0.lowercased().hasPrefix("set-cookie: \(name)=") }.map(String.init)
    }
}
