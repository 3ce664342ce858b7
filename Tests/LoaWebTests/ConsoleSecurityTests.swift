import Foundation
import LoaTestSupport
import Testing
@testable import LoaWeb

/// The console's guards against a real server: CSRF, roles, uploads that try to escape or overflow.
@Suite struct ConsoleSecurityTests {
    @Test func aFormWithoutItsCSRFTokenIsRefusedAndWritesNothing() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let officer = h.client()
        _ = try await officer.login("canbo")
        let answer = try await officer.request("/campaigns/save", method: "POST",
                                               form: [("title", "Tiêm phòng dại cho chó mèo"), ("sessions", "sang"), ("content", "text"),
                                                      ("text", "Ủy ban nhân dân xã thông báo lịch tiêm phòng.")])
        #expect(answer.status == 403)
        #expect(answer.body.contains("mã bảo vệ"))
        #expect(h.files(in: h.pendingFolder).isEmpty)
    }

    @Test func aWrongCSRFTokenIsRefusedToo() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let officer = h.client()
        _ = try await officer.login("canbo")
        let answer = try await officer.request("/urgent/withdraw", method: "POST", form: [("csrf", String(repeating: "a", count: 64)), ("id", "1-web-x")])
        #expect(answer.status == 403)
    }

    @Test func theLoginFormNeedsItsTokenAndAWrongPasswordLogsNobodyIn() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let c = h.client()
        let noToken = try await c.request("/login", method: "POST", form: [("user", "canbo"), ("password", ConsoleHarness.password)])
        #expect(noToken.status == 403)
        let page = try await c.request("/login")
        let token = ConsoleHarness.Client.value(of: "csrf", in: page.body) ?? ""
        let wrong = try await c.request("/login", method: "POST", form: [("csrf", token), ("user", "canbo"), ("password", "sai")])
        #expect(wrong.status == 401)
        #expect(wrong.body.contains("Sai tên đăng nhập hoặc mật khẩu"))
        let after = try await c.request("/today")
        #expect(after.status == 303)
        #expect(after.headers.contains("/login"))
    }

    @Test func aViewerSeesThePagesButCannotPost() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let viewer = h.client()
        let csrf = try await viewer.login("xem")
        for page in ["/today", "/plan", "/campaigns", "/logbook", "/report", "/urgent"] {
            let answer = try await viewer.request(page)
            #expect(answer.status == 200, "\(page)")
        }
        let save = try await viewer.request("/campaigns/save", method: "POST",
                                            form: [("csrf", csrf), ("title", "Họp dân thôn Nà Mu"), ("sessions", "sang"), ("content", "text"),
                                                   ("text", "Mời bà con đến họp.")])
        #expect(save.status == 403)
        #expect(save.body.contains("không được phép"))
        let upload = try await viewer.request("/upload", method: "POST", headers: ["X-CSRF-Token: \(csrf)", "X-File-Name: chu-de.wav"],
                                              dataFile: ConsoleHarness.recording)
        #expect(upload.status == 403)
        #expect(h.files(in: h.pendingFolder).isEmpty)
        #expect(h.files(in: h.settings.uploads).isEmpty)
    }

    @Test func anOfficerCannotApprove() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let officer = h.client()
        let csrf = try await officer.login("canbo")
        let answer = try await officer.request("/campaigns/approve", method: "POST", form: [("csrf", csrf), ("name", "x.toml")])
        #expect(answer.status == 403)
    }

    @Test func anUploadNamedToEscapeTheFolderIsRefused() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let officer = h.client()
        let csrf = try await officer.login("canbo")
        let before = try String(contentsOfFile: h.config, encoding: .utf8)
        for name in ["../../loa.toml", "..%2F..%2Floa.toml", "audio/../../x.wav", ".hidden.wav"] {
            let answer = try await officer.request("/upload", method: "POST", headers: ["X-CSRF-Token: \(csrf)", "X-File-Name: \(name)"],
                                                   dataFile: ConsoleHarness.recording)
            #expect(answer.status == 400, "\(name)")
            #expect(answer.body.contains("Tên tệp không hợp lệ"), "\(name)")
        }
        #expect(try String(contentsOfFile: h.config, encoding: .utf8) == before)
        #expect(h.files(in: h.settings.uploads).isEmpty)
    }

    @Test func anUploadThatIsNotAudioIsRefusedWhateverItsName() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let officer = h.client()
        let csrf = try await officer.login("canbo")
        let answer = try await officer.request("/upload", method: "POST", headers: ["X-CSRF-Token: \(csrf)", "X-File-Name: thong-bao.mp3"],
                                               dataFile: h.config)
        #expect(answer.status == 422)
        #expect(answer.body.contains("không phải âm thanh"))
        #expect(h.files(in: h.settings.uploads).isEmpty)
    }

    @Test(arguments: [false, true])
    func anOversizedUploadIsRefusedWhileItArrives(chunked: Bool) async throws {
        let h = try await ConsoleHarness(uploadLimitBytes: 1024 * 1024)
        defer { h.stop() }
        let officer = h.client()
        let csrf = try await officer.login("canbo")
        let big = h.folder + "/big.wav"
        // A real WAV header followed by 3 MB: larger than the 1 MB limit.
        var data = try Data(contentsOf: URL(fileURLWithPath: ConsoleHarness.recording))
        data.append(Data(count: 3 * 1024 * 1024))
        try data.write(to: URL(fileURLWithPath: big))
        let answer = try await officer.request("/upload", method: "POST", headers: ["X-CSRF-Token: \(csrf)", "X-File-Name: lon.wav"],
                                               dataFile: big, chunked: chunked)
        #expect(answer.status == 413)
        #expect(h.files(in: h.settings.uploads).isEmpty)
    }
}
