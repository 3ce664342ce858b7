import Foundation
import LoaTestSupport
import LoaCore
import Testing
@testable import LoaLog

/// The report's lists — airings not in the plan, and every missed, failed and interrupted airing with its
/// time, zones and reason — as each format renders them (JSON's are the ledger's tests).
@Suite struct ReportSectionsTests {
    static func report() throws -> (CampaignReport, TemporaryFolder) {
        let folder = try TemporaryFolder()
        return (try ReportTests.report(try ReportTests.makeLog(folder)), folder)
    }

    @Test func theHTMLPageListsTheUnplannedAiringAndEveryException() throws {
        let (report, _) = try Self.report()
        #expect(report.exceptions.count == 4 && report.unplannedAirings.count == 1)
        let html = ReportHTML.render(report, lang: .vi, place: "Cao Lâu")
        #expect(html.contains("<h2 class=\"list\">Lượt phát ngoài kế hoạch (khẩn cấp, loa announce) — 1</h2>"))
        #expect(html.contains("<h2 class=\"list\" id=\"exceptions\">Sự cố: lượt phát bị lỡ, lỗi, bị ngắt — 4</h2>"))
        #expect(html.contains("<td class=\"t\">15/11/2023 09:00:00</td><td>thủ công</td><td>Chủ đề Tháng hành động năm 2023</td><td>Toàn xã</td><td>đã phát</td>"))
        // Time, zones by name, outcome, reason, seconds played (decimal comma), attempt.
        #expect(html.contains("<tr class=\"missed\"><td class=\"t\">17/11/2023 06:01:00</td><td>Thôn Nà Mu, Toàn xã</td>"
                              + "<td>Chủ đề Tháng hành động năm 2023</td><td>bị lỡ</td><td>mất điện</td><td class=\"n\"></td><td class=\"n\">1</td></tr>"))
        #expect(html.contains("<td>bị ngắt (đã phát lại đủ ở lần sau)</td><td></td><td class=\"n\">20,0</td>"))
        #expect(html.contains("<tr class=\"failed\"><td class=\"t\">16/11/2023 17:31:00</td>"))
        // The lists come after the day tables and before the signatures.
        let exceptions = try #require(html.range(of: "id=\"exceptions\""))
        #expect(try #require(html.range(of: "<h2>Theo ngày</h2>")).lowerBound < exceptions.lowerBound)
        #expect(exceptions.upperBound < (try #require(html.range(of: "NGƯỜI LẬP BÁO CÁO"))).lowerBound)
        let english = ReportHTML.render(report, lang: .en)
        #expect(english.contains("Exceptions: missed, failed and interrupted airings — 4"))
        #expect(english.contains("<td>interrupted (aired whole on a later attempt)</td><td></td><td class=\"n\">20.0</td>"))
    }

    @Test func anEmptyListSaysSo() throws {
        var (report, _) = try Self.report()
        report.exceptions = []
        report.unplannedAirings = []
        let html = ReportHTML.render(report, lang: .vi)
        #expect(html.components(separatedBy: "<p class=\"none\">Không có.</p>").count == 3)
        #expect(ReportPlain.render(report, lang: .en).contains("Exceptions: missed, failed and interrupted airings — 0:\n  None.\n"))
    }

    @Test func theTextReportHasTheHeadingTheTotalsAndTheLists() throws {
        let (report, _) = try Self.report()
        let text = ReportPlain.render(report, lang: .vi, place: "Cao Lâu")
        #expect(text.hasPrefix("Đài truyền thanh xã Cao Lâu\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc\nCao Lâu, ngày 17 tháng 11 năm 2023\n"))
        #expect(text.contains("Tổng cộng: Kế hoạch 7 · Đã phát 3 · "))
        #expect(text.contains("Hoàn thành 50,0\u{00A0}%\n"))
        #expect(text.contains("  15/11/2023 09:00:00  thủ công  Chủ đề Tháng hành động năm 2023  [Toàn xã]  đã phát\n"))
        #expect(text.contains("  17/11/2023 06:01:00  Chủ đề Tháng hành động năm 2023  [Thôn Nà Mu, Toàn xã]  bị lỡ: mất điện\n"))
        #expect(text.contains("  16/11/2023 17:31:00  Chủ đề Tháng hành động năm 2023  [Thôn Nà Mu, Toàn xã]  lỗi\n"))
    }

    @Test func theWorkbookHasASheetForEachListWithTypedCells() throws {
        let (report, folder) = try Self.report()
        let out = folder.file("báo-cáo.xlsx")
        try ReportXLSX.write(report, lang: .vi, to: out)
        let book = try XLSXTests.read(out)
        #expect(book.sheets.map(\.name) == ["Tổng hợp", "Theo ngày", "Thông tin", "Ngoài kế hoạch", "Sự cố"])
        let unplanned = book.sheets[3], exceptions = book.sheets[4]
        #expect(unplanned.freeze == "A2" && exceptions.freeze == "A2")
        #expect(unplanned.rows.count == 2 && exceptions.rows.count == 5)
        #expect(exceptions.rows[0].map { $0.v ?? "" } == ReportText(lang: .vi).listColumns + ["Phát lại đủ"])
        let missed = try #require(exceptions.rows.first { $0[5].v == "bị lỡ" })
        #expect(missed[0].date && missed[0].v == "2023-11-17T06:01:00.000" && missed[0].format == "dd/mm/yyyy hh:mm:ss")
        #expect(missed[1].v == nil && missed[7].v == nil)
        #expect(missed[2].v == "Thôn Nà Mu, Toàn xã" && missed[6].v == "mất điện" && missed[9].v == "không")
        #expect(missed[8].t == "n" && missed[8].v == "1")
        let cut = try #require(exceptions.rows.first { $0[9].v == "có" })
        #expect(cut[7].t == "n" && Double(cut[7].v ?? "") == 20 && cut[7].format == "0.000")
        #expect(cut[1].date && cut[1].format == "dd/mm/yyyy hh:mm:ss.000")
        #expect(unplanned.rows[1][4].v == "thủ công" && unplanned.rows[1][0].date)
    }
}
