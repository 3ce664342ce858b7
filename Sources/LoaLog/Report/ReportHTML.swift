import Foundation
import LoaCore

/// The report for printing: one self-contained A4 page (styles and chart inline; no script, font or
/// image from anywhere), Vietnamese by default, under the heading of an administrative document.
public enum ReportHTML {
    /// `place`: where the report is made, for the line above the date (`[station] place`); the station's
    /// name when nil.
    public static func render(_ report: CampaignReport, lang: Language, place: String? = nil) -> String {
        let t = ReportText(lang: lang)
        let resolver = LocalTimeResolver(timeZone: TimeZone(identifier: report.timeZoneID) ?? TimeZone(secondsFromGMT: 0) ?? .current)
        let local = resolver.local(report.asOfMs)
        let asOf = "\(t.date(local.date)) \(String(format: "%02d:%02d", local.time.hour, local.time.minute))"
        let period = "\(t.date(report.from)) – \(t.date(report.through))"
        let e = HTML.escape

        var h = """
            <!DOCTYPE html>
            <html lang="\(lang.rawValue)"><head><meta charset="utf-8">
            <title>\(e(t.title)) — \(e(report.station)) — \(e(period))</title>
            <style>
            @page { size: A4 portrait; margin: 10mm 12mm; }
            * { box-sizing: border-box; }
            body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 7.6pt; color: #111; margin: 0; }
            .page { width: 186mm; margin: 0 auto; }
            @media screen { .page { padding: 6mm 0; } }
            h1 { font-size: 13pt; margin: 0 0 1mm; text-transform: uppercase; text-align: center; }
            .station { text-align: center; font-size: 10pt; font-weight: bold; margin: 0; }
            .meta { text-align: center; margin: 1mm 0 2.5mm; font-size: 8.5pt; }
            h2 { font-size: 8.8pt; margin: 2.5mm 0 1mm; border-bottom: 0.3mm solid #2e7d32; padding-bottom: 0.5mm; }
            .kpis { display: flex; gap: 2mm; margin: 1mm 0; }
            .kpi { flex: 1; border: 0.3mm solid #ccc; border-radius: 1mm; padding: 1mm 1.5mm; text-align: center; }
            .kpi b { display: block; font-size: 12pt; }
            .kpi.good b { color: #2e7d32; }
            .kpi.bad b { color: #b71c1c; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 0.2mm solid #bbb; padding: 0.35mm 1mm; }
            th { background: #eef2ee; font-weight: bold; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .two { display: flex; gap: 3mm; align-items: flex-start; }
            .two > table { flex: 1; }
            svg { width: 100%; height: auto; display: block; }
            svg .ax { font-size: 8px; fill: #444; }
            svg .lg { font-size: 9px; fill: #222; }
            .notes { margin-top: 1.5mm; color: #444; }
            .sign { display: flex; justify-content: space-between; margin-top: 3mm; }
            .sign div { width: 45%; text-align: center; font-weight: bold; }
            .sign small { display: block; font-weight: normal; font-style: italic; }
            .heading { display: flex; justify-content: space-between; align-items: flex-start; margin: 0 0 3mm; font-size: 9pt; }
            .heading > div { text-align: center; }
            .issuer { width: 38%; font-weight: bold; text-transform: uppercase; }
            .issuer::after { content: ""; display: block; width: 30%; margin: 0.8mm auto 0; border-top: 0.25mm solid #111; }
            .nation { width: 60%; }
            .nation b { display: block; }
            .motto { font-size: 9.5pt; text-decoration: underline; text-underline-offset: 0.8mm; }
            .dated { font-style: italic; margin-top: 2mm; }
            .made { margin-top: 3mm; color: #777; font-size: 6.5pt; }
            \(listStyle)
            </style></head><body><div class="page">
            <div class="heading"><div class="issuer">\(e(report.station))</div>
            <div class="nation"><b>\(e(t.nationalTitle))</b><b class="motto">\(e(t.motto))</b>
            <div class="dated">\(e(t.placeAndDate(place ?? report.station, local.date)))</div></div></div>
            <h1>\(e(t.title))</h1>
            <p class="meta">\(e(t.campaign)): \(e(report.campaign ?? t.allCampaigns))<br>\(e(t.period)): \(e(period)) · \(e(t.asOf)) \(e(asOf))</p>

            """
        let total = report.total
        let f = t.figures
        let fulfilment = total.fulfilment.map { f.percent($0) } ?? "—"
        let c = t.columns
        h += "<div class=\"kpis\">"
        h += kpi(c[0], f.integer(total.planned), "")
        h += kpi(c[1], f.integer(total.aired), "good")
        h += kpi(c[2] + " / " + c[3], "\(f.integer(total.interrupted)) / \(f.integer(total.failed))", total.interrupted + total.failed > 0 ? "bad" : "")
        h += kpi(c[4], f.integer(total.missed), total.missed > 0 ? "bad" : "")
        h += kpi(c[5], f.integer(total.pending), "")
        h += kpi(c[6], f.decimal(total.minutesOnAir), "")
        h += kpi(c[7], fulfilment, "good")
        h += "</div>\n"

        h += "<h2>\(e(t.chart))</h2>\n" + ReportChart.svg(report.days, text: t) + "\n"

        h += "<h2>\(e(t.byAnnouncement))</h2>\n" + table(t.announcement, report.announcements.map { ($0.name, $0.tally) }, t) + "\n"
        h += "<h2>\(e(t.byZone))</h2>\n" + table(t.zone, report.zones.map { ($0.name, $0.tally) }, t) + "\n"

        // The days in two columns, so a month fits on the page.
        let days = report.days.map { line -> (String, Tally) in
            let date = try? LocalDate.parse(line.key).get()
            return (date.map { "\(t.weekday($0)) \(t.date($0))" } ?? line.key, line.tally)
        }
        let half = (days.count + 1) / 2
        h += "<h2>\(e(t.byDay))</h2>\n<div class=\"two\">"
        h += table(t.day, Array(days.prefix(half)), t, compact: true)
        if days.count > half { h += table(t.day, Array(days.dropFirst(half)), t, compact: true) }
        h += "</div>\n"

        h += lists(report, t)

        h += "<p class=\"notes\">\(e(t.notes))"
        if report.unplanned > 0 { h += " \(e(t.unplanned)): \(e(f.integer(report.unplanned)))." }
        h += "</p>\n"
        if lang == .vi {
            h += "<div class=\"sign\"><div>NGƯỜI LẬP BÁO CÁO<small>(Ký, ghi rõ họ tên)</small></div><div>XÁC NHẬN CỦA UBND XÃ<small>(Ký, đóng dấu)</small></div></div>\n"
        }
        if let madeBy = report.madeBy { h += "<p class=\"made\">\(e(t.madeWith)) \(e(madeBy))</p>\n" }
        h += "</div></body></html>\n"
        return h
    }

    static func kpi(_ label: String, _ value: String, _ tone: String) -> String {
        "<div class=\"kpi \(tone)\"><b>\(HTML.escape(value))</b>\(HTML.escape(label))</div>"
    }

    /// A tally table; `compact` keeps the columns the per-day halves have room for.
    static func table(_ first: String, _ rows: [(String, Tally)], _ t: ReportText, compact: Bool = false) -> String {
        let keep = compact ? [0, 1, 2, 3, 4, 6, 7] : Array(0..<8)
        var s = "<table><thead><tr><th>\(HTML.escape(first))</th>"
        for i in keep { s += "<th>\(HTML.escape(compact ? short(i, t) : t.columns[i]))</th>" }
        s += "</tr></thead><tbody>"
        for (name, tally) in rows {
            let values = t.display(tally)
            s += "<tr><td>\(HTML.escape(name))</td>"
            for i in keep { s += "<td class=\"n\">\(HTML.escape(values[i]))</td>" }
            s += "</tr>"
        }
        return s + "</tbody></table>"
    }

    static func short(_ i: Int, _ t: ReportText) -> String {
        let vi = ["KH", "Đã phát", "Ngắt", "Lỗi", "Lỡ", "Chờ", "Phút", "%"]
        let en = ["Plan", "Aired", "Int.", "Fail", "Miss", "Pend.", "Min", "%"]
        return (t.lang == .vi ? vi : en)[i]
    }
}
