import Foundation
import Hummingbird
import LoaCore
import LoaLog

/// Sổ nhật ký: the airing log, newest first, 50 rows a page, filtered by dates, campaign, zone and
/// outcome. Keyset paging with LIMIT (`AiringLogReader.page`): as fast on a million airings as on ten.
struct LogbookPage {
    let state: ConsoleState
    let pages: PageRenderer
    static let pageSize = 50

    func show(_ request: Request, _ context: WebContext) async -> Response {
        let q = request.uri.queryParameters
        func param(_ key: String) -> String? {
            q.get(key).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var filter = AiringFilter()
        var problems: [String] = []
        for (key, set) in [("from", { (d: LocalDate) in filter.from = d }), ("to", { (d: LocalDate) in filter.through = d })] {
            guard let text = param(key) else { continue }
            if case .success(let d) = LocalDate.parse(text) { set(d) } else {
                problems.append(context.lang == .vi ? "\"\(text)\" không phải là ngày (viết 2026-12-15 hoặc 15/12/2026)." : "\"\(text)\" is not a date (write 2026-12-15 or 15/12/2026).")
            }
        }
        filter.campaign = param("campaign")
        filter.zone = param("zone")
        if let o = param("outcome"), let outcome = Outcome(rawValue: o) { filter.outcomes = [outcome] }
        var cursor: AiringLogReader.PageCursor?
        if let before = param("before") {
            let parts = before.split(separator: "_")
            if parts.count == 2, let ms = Int64(parts[0]), let id = Int64(parts[1]) { cursor = .init(plannedStartMs: ms, id: id) }
        }
        let result = await state.configuration(nowMs: Clock.nowMs)
        let zoneNames = ZoneNames(result.timetable?.zones ?? [])
        var rows: [[String: Any]] = []
        var next: String?
        if let reader = await state.log() {
            let resolver = LocalTimeResolver(timeZone: LogZone.of(reader))
            let records = (try? reader.page(filter, before: cursor, limit: Self.pageSize + 1)) ?? []
            for r in records.prefix(Self.pageSize) {
                let local = resolver.local(r.startMs ?? r.plannedStartMs)
                rows.append(["date": local.date.vietnameseDescription, "time": String(local.time.description.prefix(5)), "title": r.title,
                             "campaign": r.campaign ?? "", "zones": zoneNames.list(r.zones), "outcome": r.outcome.rawValue,
                             "outcomeText": WebText.get("outcome_" + r.outcome.rawValue, context.lang), "reason": r.reason ?? "",
                             "played": r.playedMs.map { ConfigDuration.clock(milliseconds: $0) } ?? ""])
            }
            if records.count > Self.pageSize, let last = records.prefix(Self.pageSize).last {
                var items = q.filter { $0.key != "before" }.map { "\($0.key)=\(String($0.value).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
                items.append("before=\(last.plannedStartMs)_\(last.id.rawValue)")
                next = "/logbook?" + items.joined(separator: "&")
            }
        }
        let campaigns = Set((result.timetable?.announcements ?? []).compactMap(\.campaign)).sorted()
        let data: [String: Any] = [
            "rows": rows, "next": next ?? "", "problems": problems, "paged": cursor != nil,
            "from": param("from") ?? "", "to": param("to") ?? "",
            "campaigns": campaigns.map { ["name": $0, "selected": $0 == filter.campaign] },
            "zones": (result.timetable?.zones ?? []).map { ["id": $0.id, "name": $0.name, "selected": $0.id == filter.zone] },
            "outcomes": Outcome.allCases.map { ["id": $0.rawValue, "name": WebText.get("outcome_" + $0.rawValue, context.lang),
                                                "selected": filter.outcomes.contains($0)] },
        ]
        return pages.page("logbook", active: "/logbook", data: data, context: context)
    }
}
