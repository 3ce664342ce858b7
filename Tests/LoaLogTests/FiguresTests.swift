import Foundation
import LoaCore
import Testing
@testable import LoaLog

/// Numbers and dates as the report prints them, in each language.
@Suite struct FiguresTests {
    @Test func vietnameseGroupsWithADotAndMarksDecimalsWithAComma() {
        let vi = Figures(.vi)
        #expect(vi.integer(0) == "0")
        #expect(vi.integer(999) == "999")
        #expect(vi.integer(1_234) == "1.234")
        #expect(vi.integer(1_234_567) == "1.234.567")
        #expect(vi.integer(-12_345) == "-12.345")
        #expect(vi.decimal(92.5) == "92,5")
        #expect(vi.decimal(93.94) == "93,9")
        #expect(vi.decimal(1234.56) == "1.234,6")
        #expect(vi.decimal(28.59, places: 3) == "28,590")
        #expect(vi.decimal(-0.01) == "0,0")
        #expect(vi.percent(92.5) == "92,5\u{00A0}%")
        #expect(vi.percent(100) == "100,0\u{00A0}%")
    }

    @Test func englishGroupsWithACommaAndMarksDecimalsWithAPoint() {
        let en = Figures(.en)
        #expect(en.integer(1_234) == "1,234")
        #expect(en.integer(1_234_567) == "1,234,567")
        #expect(en.decimal(92.5) == "92.5")
        #expect(en.decimal(1234.56) == "1,234.6")
        #expect(en.percent(92.5) == "92.5%")
    }

    @Test func theReportsPlaceAndDateLineFollowsTheAdministrativeForm() {
        let vi = ReportText(lang: .vi), en = ReportText(lang: .en)
        #expect(vi.placeAndDate("Cao Lâu", LocalDate(year: 2023, month: 12, day: 15)!) == "Cao Lâu, ngày 15 tháng 12 năm 2023")
        // Days below 10 and the months January and February are written with a leading zero (Decree 30/2020).
        #expect(vi.placeAndDate("Cao Lâu", LocalDate(year: 2024, month: 2, day: 5)!) == "Cao Lâu, ngày 05 tháng 02 năm 2024")
        #expect(vi.placeAndDate("Cao Lâu", LocalDate(year: 2024, month: 3, day: 9)!) == "Cao Lâu, ngày 09 tháng 3 năm 2024")
        #expect(en.placeAndDate("Cao Lâu", LocalDate(year: 2023, month: 12, day: 15)!) == "Cao Lâu, 15 December 2023")
    }

    @Test func theHTMLReportUsesEachLanguagesNumbersAndCarriesTheHeading() throws {
        let folder = try TemporaryFolder()
        let report = try ReportTests.report(try ReportTests.makeLog(folder))
        let vi = ReportHTML.render(report, lang: .vi, place: "Cao Lâu")
        // 3 aired of 6 due: 50 %; minutes 3.833.
        #expect(vi.contains("<b>50,0\u{00A0}%</b>"))
        #expect(vi.contains("<b>3,8</b>"))
        #expect(vi.contains("<td class=\"n\">60,0</td>") && !vi.contains("<td class=\"n\">60.0</td>"))
        #expect(vi.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(vi.contains("<b class=\"motto\">Độc lập - Tự do - Hạnh phúc</b>"))
        #expect(vi.contains("text-decoration: underline"))
        #expect(vi.contains("<div class=\"issuer\">Đài truyền thanh xã Cao Lâu</div>"))
        // The report was made at noon on 17/11/2023.
        #expect(vi.contains("Cao Lâu, ngày 17 tháng 11 năm 2023"))
        // Without a place, the station's name stands in.
        #expect(ReportHTML.render(report, lang: .vi).contains("Đài truyền thanh xã Cao Lâu, ngày 17 tháng 11 năm 2023"))
        let en = ReportHTML.render(report, lang: .en, place: "Cao Lâu")
        #expect(en.contains("<b>50.0%</b>"))
        #expect(en.contains("<b>3.8</b>"))
        #expect(en.contains("SOCIALIST REPUBLIC OF VIETNAM"))
        #expect(en.contains("Cao Lâu, 17 November 2023"))
    }
}
