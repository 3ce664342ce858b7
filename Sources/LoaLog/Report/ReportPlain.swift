import Foundation
import LoaCore

/// `loa report --format text`: the report for a terminal or an e-mail, in plain lines: the totals, each
/// announcement and zone, the airings not in the plan and every exception with its time, zone and reason.
public enum ReportPlain {
    public static func render(_ report: CampaignReport, lang: Language, place: String? = nil) -> String {
        let t = ReportText(lang: lang)
        let f = t.figures
        let resolver = report.resolver
        let local = resolver.local(report.asOfMs)
        var s = "\(report.station)\n\(t.nationalTitle) — \(t.motto)\n\(t.placeAndDate(place ?? report.station, local.date))\n\n"
        s += "\(t.title.uppercased())\n"
        s += "\(t.campaign): \(report.campaign ?? t.allCampaigns)\n"
        s += "\(t.period): \(t.date(report.from)) – \(t.date(report.through)) · \(t.asOf) \(t.moment(report.asOfMs, resolver))\n\n"
        let c = t.columns
        func tally(_ x: Tally) -> String {
            let v = t.display(x)
            return "\(c[0]) \(v[0]) · \(c[1]) \(v[1]) · \(c[2]) \(v[2]) · \(c[3]) \(v[3]) · \(c[4]) \(v[4]) · \(c[5]) \(v[5]) · "
                + "\(c[6]) \(v[6]) · \(c[7].replacingOccurrences(of: " (%)", with: "")) \(x.fulfilment.map { f.percent($0) } ?? "—")"
        }
        s += "\(t.total): \(tally(report.total))\n"
        s += "\n\(t.byAnnouncement):\n"
        for line in report.announcements { s += "  \(line.name)\n    \(tally(line.tally))\n" }
        s += "\n\(t.byZone):\n"
        for line in report.zones { s += "  \(line.name)\n    \(tally(line.tally))\n" }
        // The two lists differ only in their title and how a line begins (when; how it came).
        func list(_ title: String, _ rows: [ReportListRow], _ lead: (ReportListRow) -> String) {
            s += "\n\(title) — \(f.integer(rows.count)):\n"
            if rows.isEmpty { s += "  \(t.none)\n" }
            for row in rows {
                s += "  \(lead(row))  \(row.title)  [\(report.zoneNames(row.zones))]  \(t.outcome(row))"
                s += row.reason.map { ": \($0)" } ?? ""
                s += "\n"
            }
        }
        list(t.unplannedTitle, report.unplannedRows) { "\(t.moment($0.startMs ?? $0.plannedStartMs, resolver))  \(t.trigger($0))" }
        list(t.exceptionsTitle, report.exceptionRows) { t.moment($0.plannedStartMs, resolver) }
        s += "\n\(t.notes)\n"
        if let madeBy = report.madeBy { s += "\(t.madeWith) \(madeBy)\n" }
        return s
    }
}
