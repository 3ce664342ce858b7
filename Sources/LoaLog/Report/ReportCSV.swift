import LoaCore

/// The report as one table for spreadsheets: a section column (total, announcement, zone, day, then the
/// unplanned airings and the exceptions), a key and a name, the tallies, then the lists' columns (empty on
/// tally rows; the tallies are empty on list rows). UTF-8 with BOM, CRLF, RFC 4180, as the export;
/// `dialect` as `loa export`'s (`--excel-vi`).
public enum ReportCSV {
    public static func render(_ report: CampaignReport, lang: Language, dialect: CSVDialect = .programs) -> String {
        let text = ReportText(lang: lang)
        let vi = lang == .vi
        let head = vi ? ["Phần", "Mã", "Tên"] : ["section", "key", "name"]
        let columns = vi ? text.columns
            : ["planned", "aired", "interrupted", "failed", "missed", "pending", "minutes_on_air", "fulfilment_pct"]
        let listColumns = vi
            ? ["Giờ dự kiến", "Bắt đầu", "Vùng phát", "Cách phát", "Kết quả", "Lý do", "Đã phát (giây)", "Lần phát", "Phát lại đủ"]
            : ["planned_start", "start", "zones", "trigger", "outcome", "reason", "played_s", "attempt", "aired_on_retry"]
        let noList = Array(repeating: "", count: listColumns.count)
        let noTally = Array(repeating: "", count: columns.count)
        var out = CSVWriter.byteOrderMark + dialect.line(head + columns + listColumns)
        func append(_ fields: [String]) { out += dialect.line(fields) }
        let sections = vi ? ["tổng cộng", "thông báo", "vùng phát", "ngày", "ngoài kế hoạch", "sự cố"]
            : ["total", "announcement", "zone", "day", "unplanned", "exception"]
        append([sections[0], report.campaign ?? "", report.campaign ?? text.allCampaigns] + text.values(report.total, dialect: dialect) + noList)
        for line in report.announcements { append([sections[1], line.key, line.name] + text.values(line.tally, dialect: dialect) + noList) }
        for line in report.zones { append([sections[2], line.key, line.name] + text.values(line.tally, dialect: dialect) + noList) }
        for line in report.days {
            let date = LocalDate.parse(line.key).map { text.date($0) }
            append([sections[3], line.key, (try? date.get()) ?? line.key] + text.values(line.tally, dialect: dialect) + noList)
        }
        var clock = StationClock(timeZone: report.resolver.timeZone)
        func time(_ ms: Int64?) -> String {
            guard let ms else { return "" }
            var bytes: [UInt8] = []
            clock.appendLocal(ms, milliseconds: false, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        func played(_ ms: Int64?) -> String {
            guard let ms else { return "" }
            var bytes: [UInt8] = []
            StationClock.appendSeconds(ms, decimalMark: dialect.decimalMark, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        let yes = vi ? "có" : "true", no = vi ? "không" : "false"
        for (section, rows, identities) in [(sections[4], report.unplannedRows, report.unplannedAirings.map(\.identity)),
                                            (sections[5], report.exceptionRows, report.exceptions.map(\.identity))] {
            for (row, identity) in zip(rows, identities) {
                append([section, identity, row.title] + noTally
                       + [time(row.plannedStartMs), time(row.startMs), row.zones.joined(separator: " "), text.trigger(row),
                          Labels.outcome(row.outcome, lang), row.reason ?? "", played(row.playedMs), row.attempt.map(String.init) ?? "",
                          row.trigger == nil ? (row.airedOnRetry ? yes : no) : ""])
            }
        }
        return out
    }
}
