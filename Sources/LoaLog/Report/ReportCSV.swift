import LoaCore

/// The report as one table for spreadsheets: a section column (total, announcement, zone, day), then the
/// tallies. UTF-8 with BOM, CRLF, RFC 4180, as the export; `dialect` as `loa export`'s (`--excel-vi`).
public enum ReportCSV {
    public static func render(_ report: CampaignReport, lang: Language, dialect: CSVDialect = .programs) -> String {
        let text = ReportText(lang: lang)
        let head = lang == .vi ? ["Phần", "Mã", "Tên"] : ["section", "key", "name"]
        let columns = lang == .vi ? text.columns
            : ["planned", "aired", "interrupted", "failed", "missed", "pending", "minutes_on_air", "fulfilment_pct"]
        var out = CSVWriter.byteOrderMark + dialect.line(head + columns)
        func append(_ fields: [String]) { out += dialect.line(fields) }
        let sections = lang == .vi ? ["tổng cộng", "thông báo", "vùng phát", "ngày"] : ["total", "announcement", "zone", "day"]
        append([sections[0], report.campaign ?? "", report.campaign ?? text.allCampaigns] + text.values(report.total, dialect: dialect))
        for line in report.announcements { append([sections[1], line.key, line.name] + text.values(line.tally, dialect: dialect)) }
        for line in report.zones { append([sections[2], line.key, line.name] + text.values(line.tally, dialect: dialect)) }
        for line in report.days {
            let date = LocalDate.parse(line.key).map { text.date($0) }
            append([sections[3], line.key, (try? date.get()) ?? line.key] + text.values(line.tally, dialect: dialect))
        }
        return out
    }
}
