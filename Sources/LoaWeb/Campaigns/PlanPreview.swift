import Foundation
import LoaCore

/// When a drop-in will air: the planner run on the configuration with that drop-in in place, its own
/// airings kept, for its dates (or the next two weeks), at most 60 rows.
enum PlanPreview {
    struct Row: Sendable {
        var date: String
        var time: String
        var session: String
        var zones: String
        var overflow: Bool
    }

    static func rows(_ result: CheckResult, file: String, nowMs: Int64, limit: Int = 60) -> [Row] {
        guard let t = result.timetable, !result.hasErrors, let tz = TimeZone(identifier: t.station.timeZoneID) else { return [] }
        let shown = ConfigLoader.dropInFolderName + "/" + file
        let mine = t.announcements.filter { $0.source.file == shown }
        let ids = Set(mine.map(\.id))
        guard !ids.isEmpty else { return [] }
        let today = LocalDate.at(nowMs, timeZoneID: t.station.timeZoneID)
        let first = max(today, mine.compactMap(\.window.from).min() ?? today)
        let last = min(mine.compactMap(\.window.until).max() ?? first.adding(days: 13), first.adding(days: 30))
        guard first <= last else { return [] }
        let plan = Planner(timetable: t, durations: result.durations, timeZone: tz).plan(from: first, through: last)
        let resolver = LocalTimeResolver(timeZone: tz)
        let zoneNames = ZoneNames(t.zones)
        let names = Dictionary(t.slots.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var rows: [Row] = plan.airings.filter { ids.contains($0.identity.announcement) && $0.kind == .item }.map { a in
            let local = resolver.local(a.startMs)
            return Row(date: "\(local.date.weekday.vietnameseName) \(local.date.vietnameseDescription)", time: String(local.time.description.prefix(5)),
                       session: a.slotID.flatMap { names[$0] } ?? a.identity.slot, zones: zoneNames.list(a.zones), overflow: false)
        }
        for issue in plan.issues where ids.contains(issue.identity.announcement) {
            guard case .overflow = issue.kind else { continue }
            rows.append(Row(date: "\(issue.identity.date.weekday.vietnameseName) \(issue.identity.date.vietnameseDescription)", time: "—",
                            session: names[issue.identity.slot] ?? issue.identity.slot, zones: zoneNames.list(issue.identity.zones),
                            overflow: true))
        }
        return Array(rows.prefix(limit))
    }
}
