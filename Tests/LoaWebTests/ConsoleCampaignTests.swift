import Foundation
import LoaTestSupport
import Testing
@testable import LoaWeb

/// The campaign form end to end: upload, save (checked first), approval, and the real `loa check`.
@Suite struct ConsoleCampaignTests {
    func upload(_ c: ConsoleHarness.Client, csrf: String) async throws -> String {
        let answer = try await c.request("/upload", method: "POST", headers: ["X-CSRF-Token: \(csrf)", "X-File-Name: Tiêm phòng.wav"],
                                         dataFile: ConsoleHarness.recording)
        #expect(answer.status == 200)
        let json = try JSONDecoder().decode([String: String].self, from: Data(answer.body.utf8))
        return try #require(json["token"])
    }

    func form(csrf: String, upload: String, from: String = "2026-12-10", title: String = "Tiêm phòng dại cho chó, mèo năm 2026") -> [(String, String)] {
        [("csrf", csrf), ("title", title), ("from", from), ("until", "2026-12-20"), ("sessions", "sang"), ("sessions", "chieu"),
         ("times", "1"), ("at", ""), ("days", "t2"), ("days", "t5"), ("priority", "normal"), ("content", "audio"), ("upload", upload)]
    }

    @Test func aWrongFieldIsShownBesideItInVietnameseAndNothingIsWritten() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let officer = h.client()
        let csrf = try await officer.login("canbo")
        let token = try await upload(officer, csrf: csrf)
        let audioBefore = h.files(in: h.dropInFolder + "/audio")
        let answer = try await officer.request("/campaigns/save", method: "POST", form: form(csrf: csrf, upload: token, from: "31/02/2026"))
        #expect(answer.status == 422)
        #expect(answer.body.contains("Chưa lưu"))
        // The message sits under the "from" field.
        let field = try #require(answer.body.range(of: "data-field=\"from\""))
        #expect(answer.body[field.upperBound...].prefix(300).contains("không có ngày 31/02/2026"))
        #expect(h.files(in: h.pendingFolder).isEmpty)
        #expect(h.files(in: h.dropInFolder).filter { $0.hasSuffix(".toml") } == ["binh-dang-gioi.toml"])
        #expect(h.files(in: h.dropInFolder + "/audio") == audioBefore)

        // In English when the officer switched.
        let english = try await officer.request("/campaigns/save?lang=en", method: "POST", form: form(csrf: csrf, upload: token, from: "31/02/2026"))
        #expect(english.status == 422)
        #expect(english.body.contains("31/02/2026 does not exist"))
    }

    @Test func aCampaignIsWrittenAsADropInThatWaitsThenAirsOnceApproved() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let officer = h.client()
        let csrf = try await officer.login("canbo")
        let token = try await upload(officer, csrf: csrf)
        let saved = try await officer.request("/campaigns/save", method: "POST", form: form(csrf: csrf, upload: token))
        #expect(saved.status == 303)
        #expect(h.files(in: h.pendingFolder) == ["tiem-phong-dai-cho-cho-meo-nam-2026.toml"])
        let pending = try String(contentsOfFile: h.pendingFolder + "/tiem-phong-dai-cho-cho-meo-nam-2026.toml", encoding: .utf8)
        #expect(pending.hasPrefix(DropInText.marker))
        #expect(pending.contains("campaign = \"Tiêm phòng dại cho chó, mèo năm 2026\""))
        #expect(pending.contains("slots = [\"sang\", \"chieu\"]"))
        #expect(pending.contains("days = [\"t2\", \"t5\"]"))
        #expect(!pending.contains("approved_by"))
        #expect(h.files(in: h.dropInFolder + "/audio").contains("tiem-phong-dai-cho-cho-meo-nam-2026.wav"))

        // Waiting: `loa check` passes and says so; `loa plan` does not plan it.
        let check = try run(Paths.loa, ["check", "--config", h.config])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("pending/tiem-phong-dai-cho-cho-meo-nam-2026.toml: chờ phê duyệt"))
        let planBefore = try run(Paths.loa, ["plan", "--config", h.config, "--from", "2026-12-10", "--to", "2026-12-20"])
        #expect(!planBefore.stdout.contains("Tiêm phòng dại"))

        // The preview says when it will air: Mondays and Thursdays between the 10th and the 20th.
        let preview = try await officer.request("/campaigns/pending?name=tiem-phong-dai-cho-cho-meo-nam-2026.toml&saved=1")
        #expect(preview.body.contains("Thứ Năm 10/12/2026"))
        #expect(preview.body.contains("Thứ Hai 14/12/2026"))
        #expect(!preview.body.contains("Thứ Sáu 11/12/2026"))

        let approver = h.client()
        let approverCSRF = try await approver.login("chutich")
        let approved = try await approver.request("/campaigns/approve", method: "POST",
                                                  form: [("csrf", approverCSRF), ("name", "tiem-phong-dai-cho-cho-meo-nam-2026.toml")])
        #expect(approved.status == 303)
        #expect(h.files(in: h.pendingFolder).isEmpty)
        let active = try String(contentsOfFile: h.dropInFolder + "/tiem-phong-dai-cho-cho-meo-nam-2026.toml", encoding: .utf8)
        #expect(active.contains("approved_by = \"Vi Văn Thái\""))

        let checkAfter = try run(Paths.loa, ["check", "--config", h.config])
        #expect(checkAfter.status == 0, "\(checkAfter.stdout)\(checkAfter.stderr)")
        #expect(!checkAfter.stdout.contains("chờ phê duyệt"))
        let plan = try run(Paths.loa, ["plan", "--config", h.config, "--from", "2026-12-10", "--to", "2026-12-20"])
        #expect(plan.status == 0)
        #expect(plan.stdout.contains("Tiêm phòng dại cho chó, mèo năm 2026"))
    }

    @Test func aHandWrittenFileIsShownAsItIsAndCannotBeChanged() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let officer = h.client()
        let csrf = try await officer.login("canbo")
        let original = try String(contentsOfFile: h.dropInFolder + "/binh-dang-gioi.toml", encoding: .utf8)
        let shown = try await officer.request("/campaigns/file?name=binh-dang-gioi.toml")
        #expect(shown.body.contains("chỉ cho xem"))
        let edit = try await officer.request("/campaigns/edit?name=binh-dang-gioi.toml")
        #expect(edit.status == 404)
        let save = try await officer.request("/campaigns/save", method: "POST",
                                             form: [("csrf", csrf), ("file", "binh-dang-gioi.toml"), ("title", "Đổi tên"), ("sessions", "sang"),
                                                    ("content", "text"), ("text", "Thông báo.")])
        #expect(save.status == 422)
        #expect(try String(contentsOfFile: h.dropInFolder + "/binh-dang-gioi.toml", encoding: .utf8) == original)
        #expect(h.files(in: h.pendingFolder).isEmpty)
    }

    @Test func typedQuotesCannotAddKeysToTheDropIn() {
        let form = { () -> CampaignForm in
            var f = CampaignForm()
            f.title = "Họp\"\napproved_by = \"giả mạo"
            f.sessions = ["sang"]
            return f
        }()
        let text = DropInText.render(form, id: "hop", audio: "audio/hop.wav", author: "canbo", writtenAt: "2026-12-07 09:00")
        #expect(!text.contains("\napproved_by"))
        #expect(text.contains(#"campaign = "Họp\"\napproved_by = \"giả mạo""#))
    }
}

/// Changing a campaign the console wrote: the change waits for approval while the approved version airs.
@Suite struct ConsoleCampaignChangeTests {
    @Test func aChangedCampaignWaitsUnderTheSameNameWhileTheApprovedOneStays() async throws {
        let h = try await ConsoleHarness()
        defer { h.stop() }
        let officer = h.client()
        let csrf = try await officer.login("canbo")
        let saved = try await officer.request("/campaigns/save", method: "POST",
                                              form: [("csrf", csrf), ("title", "Họp dân thôn Nà Mu"), ("from", "2026-12-10"), ("until", "2026-12-12"),
                                                     ("sessions", "chieu"), ("content", "audio"), ("upload", try await upload(officer, csrf))])
        #expect(saved.status == 303)
        let approver = h.client()
        let approverCSRF = try await approver.login("chutich")
        #expect(try await approver.request("/campaigns/approve", method: "POST", form: [("csrf", approverCSRF), ("name", "hop-dan-thon-na-mu.toml")]).status == 303)
        let approved = try String(contentsOfFile: h.dropInFolder + "/hop-dan-thon-na-mu.toml", encoding: .utf8)

        // The form opens filled from the file; the recording is kept when no new one is uploaded.
        let edit = try await officer.request("/campaigns/edit?name=hop-dan-thon-na-mu.toml")
        #expect(edit.status == 200)
        #expect(edit.body.contains("value=\"Họp dân thôn Nà Mu\""))
        #expect(edit.body.contains("value=\"2026-12-12\""))
        let changed = try await officer.request("/campaigns/save", method: "POST",
                                                form: [("csrf", csrf), ("file", "hop-dan-thon-na-mu.toml"), ("title", "Họp dân thôn Nà Mu"),
                                                       ("from", "2026-12-10"), ("until", "2026-12-14"), ("sessions", "chieu"), ("content", "audio")])
        #expect(changed.status == 303)
        let pending = try String(contentsOfFile: h.pendingFolder + "/hop-dan-thon-na-mu.toml", encoding: .utf8)
        #expect(pending.contains("until = 2026-12-14"))
        #expect(pending.contains("audio = \"audio/hop-dan-thon-na-mu.wav\""))
        #expect(try String(contentsOfFile: h.dropInFolder + "/hop-dan-thon-na-mu.toml", encoding: .utf8) == approved)
        let check = try run(Paths.loa, ["check", "--config", h.config])
        #expect(check.status == 0, "\(check.stdout)")
    }

    func upload(_ c: ConsoleHarness.Client, _ csrf: String) async throws -> String {
        let answer = try await c.request("/upload", method: "POST", headers: ["X-CSRF-Token: \(csrf)", "X-File-Name: hop.wav"],
                                         dataFile: ConsoleHarness.recording)
        return try #require(try JSONDecoder().decode([String: String].self, from: Data(answer.body.utf8))["token"])
    }
}
