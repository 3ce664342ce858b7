import Foundation
import LoaCore

/// One line of the report's two lists (airings not in the plan; exceptions), as every renderer shows it:
/// the HTML page, the text, the CSV and the workbook list the same things in the same order.
struct ReportListRow {
    var plannedStartMs: Int64
    var startMs: Int64?
    var zones: [String]
    var title: String
    var outcome: Outcome
    var reason: String?
    var playedMs: Int64?
    var attempt: Int?
    /// How an unplanned airing came (emergency, `loa announce`); nil for an exception.
    var trigger: Trigger?
    /// An exception whose instance a later attempt aired whole.
    var airedOnRetry: Bool
}

extension CampaignReport {
    var unplannedRows: [ReportListRow] {
        unplannedAirings.map {
            ReportListRow(plannedStartMs: $0.plannedStartMs, startMs: $0.startMs, zones: $0.zones, title: $0.title, outcome: $0.outcome,
                          reason: $0.reason, playedMs: $0.playedMs, attempt: $0.attempt, trigger: $0.trigger, airedOnRetry: false)
        }
    }

    var exceptionRows: [ReportListRow] {
        exceptions.map {
            ReportListRow(plannedStartMs: $0.plannedStartMs, startMs: $0.startMs, zones: $0.zones, title: $0.title, outcome: $0.outcome,
                          reason: $0.reason, playedMs: $0.playedMs, attempt: $0.attempt, trigger: nil, airedOnRetry: $0.airedOnRetry)
        }
    }

    /// Zone names by id, from the zone table; an id the table lacks is shown as it is.
    func zoneNames(_ ids: [String]) -> String {
        let names = Dictionary(zones.map { ($0.key, $0.name) }, uniquingKeysWith: { a, _ in a })
        return ids.map { names[$0] ?? $0 }.joined(separator: ", ")
    }

    var resolver: LocalTimeResolver {
        LocalTimeResolver(timeZone: TimeZone(identifier: timeZoneID) ?? TimeZone(secondsFromGMT: 0) ?? .current)
    }
}

extension ReportText {
    var unplannedTitle: String { lang == .vi ? "Lượt phát ngoài kế hoạch (khẩn cấp, loa announce)" : "Airings not in the plan (emergencies, loa announce)" }
    var exceptionsTitle: String { lang == .vi ? "Sự cố: lượt phát bị lỡ, lỗi, bị ngắt" : "Exceptions: missed, failed and interrupted airings" }
    var none: String { lang == .vi ? "Không có." : "None." }
    var airedOnRetry: String { lang == .vi ? "đã phát lại đủ ở lần sau" : "aired whole on a later attempt" }

    /// Column names of the lists, in the order of `listValues`.
    var listColumns: [String] {
        lang == .vi
            ? ["Giờ dự kiến", "Bắt đầu", "Vùng phát", "Tiêu đề", "Cách phát", "Kết quả", "Lý do", "Đã phát (giây)", "Lần phát"]
            : ["Planned", "Start", "Zones", "Title", "Trigger", "Outcome", "Reason", "Played (s)", "Attempt"]
    }

    /// `15/11/2023 06:00:08` / `2023-11-15 06:00:08`, station time.
    func moment(_ ms: Int64, _ resolver: LocalTimeResolver) -> String {
        let l = resolver.local(ms)
        return "\(date(l.date)) \(String(format: "%02d:%02d:%02d", l.time.hour, l.time.minute, l.time.second))"
    }

    /// What happened, in words: the outcome, and "aired whole on a later attempt" when so.
    func outcome(_ row: ReportListRow) -> String {
        Labels.outcome(row.outcome, lang) + (row.airedOnRetry ? " (\(airedOnRetry))" : "")
    }

    func trigger(_ row: ReportListRow) -> String { row.trigger.map { Labels.trigger($0, lang) } ?? "" }

    /// A missed airing that was never recorded has no reason of its own in the log.
    func reason(_ row: ReportListRow) -> String { row.reason ?? "" }
}
