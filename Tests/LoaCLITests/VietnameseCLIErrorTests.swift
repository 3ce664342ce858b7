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
}
