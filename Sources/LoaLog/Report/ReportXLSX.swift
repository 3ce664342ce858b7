import Foundation
import LoaCore

/// `loa report --format xlsx`: the report as a workbook with typed cells. Sheets: the totals with each
/// announcement and zone; the days (a date cell each); what the report covers (station, campaign, period,
/// as of). Counts are numbers, minutes a decimal, fulfilment a percentage cell, days and instants dates.
public enum ReportXLSX {
    public static func write(_ report: CampaignReport, lang: Language, to path: String) throws {
        let t = ReportText(lang: lang)
        let vi = lang == .vi
        let book = try XLSXBook(path: path, constantMemory: false)
        let f = XLSXFormats(book, lang)
        let percent = book.format(numberFormat: "0.0%")

        func tallies(_ sheet: XLSXSheet, _ row: Int, from column: Int, _ tally: Tally) {
            let counts = [tally.planned, tally.aired, tally.interrupted, tally.failed, tally.missed, tally.pending]
            for (i, n) in counts.enumerated() { sheet.number(row, column + i, Double(n), f.integer) }
            sheet.number(row, column + 6, (tally.minutesOnAir * 1000).rounded() / 1000, f.decimal)
            if let p = tally.fulfilment { sheet.number(row, column + 7, p / 100, percent) }
        }
        let tallyWidths: [Double] = [10, 10, 10, 8, 10, 13, 13, 15]

        let summary = try book.sheet(vi ? "Tổng hợp" : "Summary")
        summary.header(0, (vi ? ["Phần", "Mã", "Tên"] : ["Section", "Key", "Name"]) + t.columns,
                       widths: [14, 22, 44] + tallyWidths, bold: f.bold)
        let sections = vi ? ["Tổng cộng", "Thông báo", "Vùng phát"] : ["Total", "Announcement", "Zone"]
        var row = 1
        summary.text(row, 0, sections[0], f.bold)
        summary.text(row, 1, report.campaign ?? "")
        summary.text(row, 2, report.campaign ?? t.allCampaigns)
        tallies(summary, row, from: 3, report.total)
        for (section, lines) in [(sections[1], report.announcements), (sections[2], report.zones)] {
            for line in lines {
                row += 1
                summary.text(row, 0, section)
                summary.text(row, 1, line.key)
                summary.text(row, 2, line.name)
                tallies(summary, row, from: 3, line.tally)
            }
        }

        let days = try book.sheet(vi ? "Theo ngày" : "By day")
        days.header(0, [t.day, vi ? "Thứ" : "Weekday"] + t.columns, widths: [12, 8] + tallyWidths, bold: f.bold)
        for (i, line) in report.days.enumerated() {
            guard let date = try? LocalDate.parse(line.key).get() else { continue }
            days.number(i + 1, 0, XLSXBook.serial(date), f.date)
            days.text(i + 1, 1, t.weekday(date))
            tallies(days, i + 1, from: 2, line.tally)
        }

        let about = try book.sheet(vi ? "Thông tin" : "About")
        about.header(0, vi ? ["Mục", "Giá trị"] : ["Item", "Value"], widths: [22, 48], bold: f.bold)
        var clock = StationClock(timeZone: TimeZone(identifier: report.timeZoneID) ?? TimeZone(secondsFromGMT: 0) ?? .current)
        about.text(1, 0, t.title)
        about.text(1, 1, report.station)
        about.text(2, 0, t.campaign)
        about.text(2, 1, report.campaign ?? t.allCampaigns)
        about.text(3, 0, vi ? "Từ ngày" : "From")
        about.number(3, 1, XLSXBook.serial(report.from), f.date)
        about.text(4, 0, vi ? "Đến ngày" : "To")
        about.number(4, 1, XLSXBook.serial(report.through), f.date)
        about.text(5, 0, t.asOf)
        about.number(5, 1, XLSXBook.serial(localMs: clock.localMs(report.asOfMs)), f.dateTime)
        about.text(6, 0, t.unplanned)
        about.number(6, 1, Double(report.unplanned), f.integer)
        about.text(7, 0, vi ? "Múi giờ" : "Time zone")
        about.text(7, 1, report.timeZoneID)
        try lists(report, t, book, f)
        try book.close()
    }
}
