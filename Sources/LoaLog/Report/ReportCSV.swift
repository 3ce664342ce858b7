import LoaCore

/// The report as one table for spreadsheets: a section column (total, announcement, zone, day), then the
/// tallies. UTF-8 with BOM, CRLF, RFC 4180, as the export.
public enum ReportCSV {
    public static func render(_ report: CampaignReport, lang: Language) -> String {
        let text = ReportText(lang: lang)
        let head = lang == .vi ? ["Phần", "Mã", "Tên"] : ["section", "key", "name"]
        let columns = lang == .vi ? text.columns
            : ["planned", "aired", "interrupted", "failed", "missed", "pending", "minutes_on_air", "fulfilment_pct"]
        var writer = CSVWriter(header: head + columns)
        let sections = lang == .vi ? ["tổng cộng", "thông báo", "vùng phát", "ngày"] : ["total", "announcement", "zone", "day"]
        writer.append([sections[0], report.campaign ?? "", report.campaign ?? text.allCampaigns] + text.values(report.total))
        for line in report.announcements { writer.append([sections[1], line.key, line.name] + text.values(line.tally)) }
        for line in report.zones { writer.append([sections[2], line.key, line.name] + text.values(line.tally)) }
        for line in report.days {
            let date = LocalDate.parse(line.key).map { text.date($0) }
            writer.append([sections[3], line.key, (try? date.get()) ?? line.key] + text.values(line.tally))
        }
        return writer.text
    }
}
