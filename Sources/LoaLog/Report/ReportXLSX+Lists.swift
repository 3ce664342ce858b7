import Foundation
import LoaCore

extension ReportXLSX {
    /// The sheets of the two lists: planned time and start as dates and times, played seconds and the
    /// attempt as numbers, zones by name, outcomes and reasons as the HTML page words them.
    static func lists(_ report: CampaignReport, _ t: ReportText, _ book: XLSXBook, _ f: XLSXFormats) throws {
        let vi = t.lang == .vi
        var clock = StationClock(timeZone: report.resolver.timeZone)
        let widths: [Double] = [20, 20, 26, 40, 12, 14, 40, 12, 8]
        let lists = [(vi ? "Ngoài kế hoạch" : "Unplanned", report.unplannedRows, false), (vi ? "Sự cố" : "Exceptions", report.exceptionRows, true)]
        for (name, rows, exceptions) in lists {
            let sheet = try book.sheet(name)
            let retry = vi ? "Phát lại đủ" : "Aired on retry"
            sheet.header(0, t.listColumns + (exceptions ? [retry] : []), widths: widths + (exceptions ? [14] : []), bold: f.bold)
            for (i, row) in rows.enumerated() {
                let r = i + 1
                sheet.number(r, 0, XLSXBook.serial(localMs: floorDiv(clock.localMs(row.plannedStartMs), 1000) * 1000), f.dateTime)
                if let ms = row.startMs { sheet.number(r, 1, XLSXBook.serial(localMs: clock.localMs(ms)), f.dateTimeMs) }
                sheet.text(r, 2, report.zoneNames(row.zones))
                sheet.text(r, 3, row.title)
                sheet.text(r, 4, t.trigger(row))
                sheet.text(r, 5, Labels.outcome(row.outcome, t.lang))
                sheet.text(r, 6, t.reason(row))
                if let ms = row.playedMs { sheet.number(r, 7, Double(ms) / 1000, f.seconds) }
                if let attempt = row.attempt { sheet.number(r, 8, Double(attempt), f.integer) }
                if exceptions { sheet.text(r, 9, row.airedOnRetry ? (vi ? "có" : "yes") : (vi ? "không" : "no")) }
            }
        }
    }
}
