import Foundation
import LoaTestSupport
import Testing

/// The real `loa run`: its journal lines follow the locale of the daemon's own environment, or
/// `--lang`; with none (a systemd unit sets no LANG) they are English. Codes stay as they are.
@Suite struct JournalLanguageTests {
    /// No locale at all, as under systemd: empty variables count as unset.
    static let noLocale = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "", "LANGUAGE": ""]

    func refusedStart(extra: [String] = [], locale: [String: String]) async throws -> String {
        let s = try TestStation()
        try s.write("loa.toml", "[[[station]]]\n")
        try s.start(extra: extra, environment: Self.noLocale.merging(locale) { _, new in new })
        let exit = await s.waitForExit(seconds: 20)
        #expect(exit?.status == 1 && exit?.signaled == false, "\(s.stderr)")
        #expect(s.stderr.contains("error[toml-syntax]"), "\(s.stderr)")
        return s.stderr
    }

    @Test func aVietnameseLocaleWritesTheJournalInVietnamese() async throws {
        let journal = try await refusedStart(locale: ["LANG": "vi_VN.UTF-8"])
        #expect(journal.contains("loa không khởi động được"), "\(journal)")
        #expect(journal.contains("dòng tiêu đề bảng này viết sai cú pháp TOML"), "\(journal)")
        #expect(journal.contains("không có cấu hình hợp lệ nào trước đó để phát thay"), "\(journal)")
        #expect(!journal.contains("no earlier valid configuration"), "\(journal)")
    }

    @Test func withNoLocaleTheJournalIsEnglish() async throws {
        let journal = try await refusedStart(locale: [:])
        #expect(journal.contains("loa cannot start"), "\(journal)")
        #expect(journal.contains("this table header is not valid TOML"), "\(journal)")
        #expect(!journal.contains("không khởi động được"), "\(journal)")
    }

    @Test func langViOnTheCommandLineWinsOverTheEnvironment() async throws {
        let journal = try await refusedStart(extra: ["--lang", "vi"], locale: ["LANG": "C.UTF-8"])
        #expect(journal.contains("loa không khởi động được"), "\(journal)")
    }
}
