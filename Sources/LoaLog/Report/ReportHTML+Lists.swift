import LoaCore

extension ReportHTML {
    /// The two lists under the tables: airings not in the plan, then every exception with its time, zone
    /// and reason. An empty list says so, so a reader knows it was looked at.
    static func lists(_ report: CampaignReport, _ t: ReportText) -> String {
        let e = HTML.escape
        let resolver = report.resolver
        let c = t.listColumns
        var h = "<h2 class=\"list\">\(e(t.unplannedTitle)) — \(e(t.figures.integer(report.unplannedAirings.count)))</h2>\n"
        if report.unplannedAirings.isEmpty {
            h += "<p class=\"none\">\(e(t.none))</p>\n"
        } else {
            h += "<table class=\"list unplanned\"><thead><tr>"
            for i in [1, 4, 3, 2, 5, 6] { h += "<th>\(e(c[i]))</th>" }
            h += "</tr></thead><tbody>"
            for row in report.unplannedRows {
                h += "<tr><td class=\"t\">\(e(t.moment(row.startMs ?? row.plannedStartMs, resolver)))</td><td>\(e(t.trigger(row)))</td>"
                h += "<td>\(e(row.title))</td><td>\(e(report.zoneNames(row.zones)))</td><td>\(e(t.outcome(row)))</td><td>\(e(t.reason(row)))</td></tr>"
            }
            h += "</tbody></table>\n"
        }
        h += "<h2 class=\"list\" id=\"exceptions\">\(e(t.exceptionsTitle)) — \(e(t.figures.integer(report.exceptions.count)))</h2>\n"
        if report.exceptions.isEmpty {
            h += "<p class=\"none\">\(e(t.none))</p>\n"
        } else {
            h += "<table class=\"list exceptions\"><thead><tr>"
            for i in [0, 2, 3, 5, 6, 7, 8] { h += "<th>\(e(c[i]))</th>" }
            h += "</tr></thead><tbody>"
            for row in report.exceptionRows {
                h += "<tr class=\"\(row.outcome.rawValue)\"><td class=\"t\">\(e(t.moment(row.plannedStartMs, resolver)))</td>"
                h += "<td>\(e(report.zoneNames(row.zones)))</td><td>\(e(row.title))</td><td>\(e(t.outcome(row)))</td>"
                h += "<td>\(e(t.reason(row)))</td><td class=\"n\">\(e(row.playedMs.map { t.figures.decimal(Double($0) / 1000) } ?? ""))</td>"
                h += "<td class=\"n\">\(e(row.attempt.map { t.figures.integer($0) } ?? ""))</td></tr>"
            }
            h += "</tbody></table>\n"
        }
        return h
    }

    static let listStyle = """
        table.list { font-size: 7pt; margin-bottom: 1mm; }
        table.list td.t { white-space: nowrap; }
        table.list tr { break-inside: avoid; }
        table.exceptions td:nth-child(4), table.unplanned td:nth-child(2), table.unplanned td:nth-child(5) { white-space: nowrap; }
        table.exceptions td:nth-child(2) { width: 22%; }
        table.exceptions td:nth-child(3) { width: 27%; }
        table.exceptions tr.failed td:nth-child(4), table.exceptions tr.missed td:nth-child(4) { color: #b71c1c; font-weight: bold; }
        p.none { margin: 0.5mm 0 1mm; color: #444; font-style: italic; }
        """
}
