import Foundation
import LoaTestSupport
import Testing

/// `loa web` as installed: the real binary, its users file made by `loa web user add`, its templates
/// found beside it.
@Suite struct WebCommandTests {
    @Test func theRealBinaryServesTheLoginPageInVietnameseAndRefusesAMissingUsersFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-web-cli-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.fixtures + "/valid/not-approved", toPath: folder + "/etc")
        let config = folder + "/etc/loa.toml"
        let common = ["--config", config, "--log", folder + "/airings.sqlite", "--status", folder + "/status.json",
                      "--uploads", folder + "/web/uploads", "--listen", "127.0.0.1:0"]

        let missing = await (try Child(Paths.loa, ["web"] + common)).finished()
        #expect(missing.status == 1)
        #expect(missing.stderr.contains(folder + "/etc/web-users.json"), "\(missing.stderr)")

        let bad = await (try Child(Paths.loa, ["web", "--config", config, "--listen", "localhost"])).finished()
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--listen"))

        let add = Process()
        add.executableURL = URL(fileURLWithPath: Paths.loa)
        add.arguments = ["web", "user", "add", "canbo", "--role", "officer", "--display-name", "Nguyễn Thị Cán Bộ", "--config", config]
        let input = Pipe()
        add.standardInput = input
        add.standardOutput = FileHandle.nullDevice
        try add.run()
        input.fileHandleForWriting.write(Data("mật-khẩu-đủ-dài\n".utf8))
        try input.fileHandleForWriting.close()
        while add.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        #expect(add.terminationStatus == 0)

        let server = try Child(Paths.loa, ["web"] + common)
        defer { server.process.terminate() }
        var port: String?
        for _ in 0..<500 where port == nil {
            try await Task.sleep(for: .milliseconds(20))
            let out = (try? String(contentsOfFile: server.stdoutPath, encoding: .utf8)) ?? ""
            if let range = out.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                port = String(out[range].dropFirst("127.0.0.1:".count).dropLast())
            }
        }
        let p = try #require(port)
        let page = await (try Child("/usr/bin/curl", ["-s", "http://127.0.0.1:\(p)/login"])).finished()
        #expect(page.stdout.contains("Đăng nhập"))
        #expect(page.stdout.contains("/assets/loa.css"))
        let css = await (try Child("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code} %{content_type}", "http://127.0.0.1:\(p)/assets/loa.css"])).finished()
        #expect(css.stdout == "200 text/css; charset=utf-8")
        server.process.terminate()
        let ended = await server.finished()
        #expect(ended.exited && ended.status == 0, "SIGTERM ends loa web cleanly")
    }
}
