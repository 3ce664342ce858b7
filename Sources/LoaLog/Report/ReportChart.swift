import Foundation
import LoaCore

/// The inline SVG bar chart of the report: per day, planned (grey) beside aired (green). Drawn by hand so
/// the page needs no script, font or network.
enum ReportChart {
    static func svg(_ days: [CampaignReport.Line], text: ReportText, width: Double = 680, height: Double = 190) -> String {
        let left = 34.0, right = 8.0, top = 10.0, bottom = 30.0
        let plotW = width - left - right, plotH = height - top - bottom
        let maxValue = max(1, days.map { max($0.tally.planned, $0.tally.aired) }.max() ?? 1)
        let step = niceStep(maxValue)
        let yMax = Double(((maxValue + step - 1) / step) * step)
        let slot = plotW / Double(max(days.count, 1))
        let barW = max(1, slot * 0.38)
        func y(_ v: Int) -> Double { top + plotH - Double(v) / yMax * plotH }

        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTML.escape(text.chart))\">"
        var v = 0
        while Double(v) <= yMax {
            s += "<line x1=\"\(f(left))\" y1=\"\(f(y(v)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(v)))\" stroke=\"#ddd\" stroke-width=\"0.6\"/>"
            s += "<text x=\"\(f(left - 4))\" y=\"\(f(y(v) + 3))\" text-anchor=\"end\" class=\"ax\">\(v)</text>"
            v += step
        }
        // Label every day when they fit, else every few days and always the first of a month.
        let every = max(1, Int((22 / slot).rounded(.up)))
        for (i, day) in days.enumerated() {
            let x0 = left + Double(i) * slot + (slot - 2 * barW) / 2
            let t = day.tally
            s += "<rect x=\"\(f(x0))\" y=\"\(f(y(t.planned)))\" width=\"\(f(barW))\" height=\"\(f(y(0) - y(t.planned)))\" fill=\"#b8c2cc\"><title>\(HTML.escape(day.name)): \(t.planned)</title></rect>"
            s += "<rect x=\"\(f(x0 + barW))\" y=\"\(f(y(t.aired)))\" width=\"\(f(barW))\" height=\"\(f(y(0) - y(t.aired)))\" fill=\"#2e7d32\"><title>\(HTML.escape(day.name)): \(t.aired)</title></rect>"
            if let date = try? LocalDate.parse(day.key).get(), i % every == 0 || date.day == 1 {
                let cx = left + (Double(i) + 0.5) * slot
                s += "<text x=\"\(f(cx))\" y=\"\(f(height - bottom + 11))\" text-anchor=\"middle\" class=\"ax\">\(date.day)/\(date.month)</text>"
            }
        }
        s += "<line x1=\"\(f(left))\" y1=\"\(f(y(0)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(0)))\" stroke=\"#555\" stroke-width=\"0.8\"/>"
        let ly = height - 7
        let planned = text.columns[0], aired = text.columns[1]
        s += "<rect x=\"\(f(left))\" y=\"\(f(ly - 8))\" width=\"10\" height=\"8\" fill=\"#b8c2cc\"/><text x=\"\(f(left + 14))\" y=\"\(f(ly))\" class=\"lg\">\(HTML.escape(planned))</text>"
        s += "<rect x=\"\(f(left + 90))\" y=\"\(f(ly - 8))\" width=\"10\" height=\"8\" fill=\"#2e7d32\"/><text x=\"\(f(left + 104))\" y=\"\(f(ly))\" class=\"lg\">\(HTML.escape(aired))</text>"
        s += "</svg>"
        return s
    }

    /// 1, 2, 5, 10, 20, 50… so the axis has about five lines.
    static func niceStep(_ maxValue: Int) -> Int {
        var magnitude = 1
        while true {
            for m in [1, 2, 5] where maxValue <= 6 * m * magnitude { return m * magnitude }
            magnitude *= 10
        }
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
