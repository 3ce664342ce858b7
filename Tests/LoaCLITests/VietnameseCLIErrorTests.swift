import Foundation
import LoaTestSupport
import Testing

/// The command line's own errors follow the language too: the real binary, the real environment.
@Suite struct VietnameseCLIErrorTests {
    func environment(_ locale: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] { env[name] = nil }
        return env.merging(locale) { _, new in new }
    }

    @Test func aMisusedOptionIsExplainedInTheLocalesLanguage() throws {
        let vi = try run(Paths.loa, ["say", "--device", "default", "--zone", "toan-xa", "xin chào"], environment: environment(["LANG": "vi_VN.UTF-8"]))
        #expect(vi.status == 64)
        #expect(vi.stderr.contains("ghi --device hoặc --zone, không ghi cả hai."), "\(vi.stderr)")
        let en = try run(Paths.loa, ["say", "--device", "default", "--zone", "toan-xa", "xin chào"], environment: environment(["LANG": "C"]))
        #expect(en.status == 64)
        #expect(en.stderr.contains("give --device or --zone, not both."), "\(en.stderr)")
    }

    @Test func aMissingLogIsExplainedInVietnameseAndItsPathKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-lang-\(UUID().uuidString)").path
        let log = folder + "/khong-co.sqlite"
        let vi = try run(Paths.loa, ["log", "--log", log], environment: environment(["LC_ALL": "vi_VN.UTF-8"]))
        #expect(vi.status == 1)
        #expect(vi.stderr.contains("không có nhật ký phát sóng ở \(log)"), "\(vi.stderr)")
        let en = try run(Paths.loa, ["log", "--log", log, "--lang", "en"], environment: environment(["LC_ALL": "vi_VN.UTF-8"]))
        #expect(en.stderr.contains("there is no airing log at \(log)"), "\(en.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder), "reading a log never creates one")
    }

    @Test func planRefusesABrokenConfigurationInVietnamese() throws {
        let config = Paths.fixtures + "/broken/29-unknown-slot-in-announcement/loa.toml"
        let vi = try run(Paths.loa, ["plan", "--config", config], environment: environment(["LANG": "vi_VN.UTF-8"]))
        #expect(vi.status == 1)
        #expect(vi.stderr.contains("error[unknown-slot]: thông báo \"chu-de\""), "\(vi.stderr)")
        #expect(vi.stderr.contains("1 lỗi"), "\(vi.stderr)")
    }

    /// ArgumentParser's own refusals (a misspelt option, a missing value, a word too many) in Vietnamese,
    /// and exactly as before in English.
    @Test func theParsersOwnErrorsAreSaidInVietnamese() throws {
        let vi = environment(["LANG": "vi_VN.UTF-8"])
        let misspelt = try run(Paths.loa, ["plan", "--zoen", "toan-xa"], environment: vi)
        #expect(misspelt.status == 64)
        #expect(misspelt.stderr.contains("Lỗi: loa không có tùy chọn '--zoen'. Có phải định viết '--zone'?"), "\(misspelt.stderr)")
        #expect(misspelt.stderr.contains("Cách dùng: loa plan"), "\(misspelt.stderr)")
        #expect(misspelt.stderr.contains("Xem 'loa plan --help' để biết thêm."), "\(misspelt.stderr)")
        let noValue = try run(Paths.loa, ["check", "--config"], environment: vi)
        #expect(noValue.status == 64)
        #expect(noValue.stderr.contains("Lỗi: '--config <PATH>' cần một giá trị ghi ngay sau nó."), "\(noValue.stderr)")
        let extra = try run(Paths.loa, ["check", "thừa"], environment: vi)
        #expect(extra.status == 64)
        #expect(extra.stderr.contains("Lỗi: loa không cần 'thừa' ở đây; xóa nó đi."), "\(extra.stderr)")
        #expect(!extra.stderr.contains("Error:"), "\(extra.stderr)")

        let en = try run(Paths.loa, ["plan", "--zoen", "toan-xa"], environment: environment(["LANG": "C"]))
        #expect(en.status == 64)
        #expect(en.stderr.contains("Error: Unknown option '--zoen'. Did you mean '--zone'?"), "\(en.stderr)")
        // Help is not an error: it exits 0 in both languages.
        let help = try run(Paths.loa, ["check", "--help"], environment: vi)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--config"), "\(help.stdout)")
    }
}
