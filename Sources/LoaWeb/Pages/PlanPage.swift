import Foundation
import Hummingbird
import LoaCore

/// Lịch phát: the week's plan from LoaCore's planner, by day and session, what does not fit marked.
struct PlanPage {
    let state: ConsoleState
    let pages: PageRenderer

    func show(_ request: Request, _ context: WebContext) async -> Response {
        let now = Clock.nowMs
        let result = await state.configuration(nowMs: now)
        guard let t = result.timetable, !result.hasErrors, let tz = TimeZone(identifier: t.station.timeZoneID) else {
            return pages.page("plan", active: "/plan", data: ["refused": true], context: context)
        }
        let today = LocalDate.at(now, timeZoneID: t.station.timeZoneID)
        var day = today
        if let text = request.uri.queryParameters.get("week"), case .success(let d) = LocalDate.parse(String(text)) { day = d }
        let monday = day.adding(days: -day.weekday.rawValue)
        let sunday = monday.adding(days: 6)
        let plan = Planner(timetable: t, durations: result.durations, timeZone: tz).plan(from: monday, through: sunday)
        let resolver = LocalTimeResolver(timeZone: tz)
        let zoneNames = ZoneNames(t.zones)
        let slotNames = Dictionary(t.slots.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var days: [[String: Any]] = []
        for offset in 0..<7 {
            let date = monday.adding(days: offset)
            var sessions: [(key: String, start: Int64, rows: [[String: Any]])] = []
            for a in plan.airings where a.identity.date == date && a.kind == .item {
                let key = a.identity.slot
                let local = resolver.local(a.startMs)
                let row: [String: Any] = ["time": String(local.time.description.prefix(5)), "title": a.title,
                                          "zones": zoneNames.list(a.zones), "overflow": false]
                if let i = sessions.firstIndex(where: { $0.key == key }) { sessions[i].rows.append(row) } else { sessions.append((key, a.startMs, [row])) }
            }
            for issue in plan.issues where issue.identity.date == date {
                guard case .overflow = issue.kind else { continue }
                let key = issue.identity.slot
                let row: [String: Any] = ["time": "—", "title": issue.title, "zones": zoneNames.list(issue.identity.zones), "overflow": true]
                if let i = sessions.firstIndex(where: { $0.key == key }) { sessions[i].rows.append(row) } else { sessions.append((key, .max, [row])) }
            }
            let sorted = sessions.sorted { $0.start < $1.start }.map { s -> [String: Any] in
                ["name": s.key.hasPrefix("@") ? String(s.key.dropFirst()) : (slotNames[s.key] ?? s.key), "rows": s.rows]
            }
            days.append(["date": "\(date.weekday.vietnameseName) \(date.vietnameseDescription)", "today": date == today, "sessions": sorted])
        }
        let data: [String: Any] = ["days": days, "week": "\(monday.vietnameseDescription) – \(sunday.vietnameseDescription)",
                                   "prev": monday.adding(days: -7).description, "next": monday.adding(days: 7).description]
        return pages.page("plan", active: "/plan", data: data, context: context)
    }
}
