import Foundation
import Hummingbird
import LoaCore
import LoaDaemon
import LoaLog

/// Hôm nay: what is on air and next (the daemon's status file, as `loa status` reads it), what aired
/// today with the reason of each miss or failure (the log), device faults, and a refused configuration.
struct TodayPage {
    let state: ConsoleState
    let pages: PageRenderer
    static let shownAirings = 100

    func full(_ context: WebContext) async -> Response {
        var data = await live(context)
        let result = await state.configuration(nowMs: Clock.nowMs)
        data["configErrors"] = result.diagnostics.errors.prefix(20).map { d -> [String: Any] in
            ["file": d.line > 0 ? "\(d.file):\(d.line)" : d.file, "text": DiagnosticText.sentence(d, context.lang)]
        }
        data["waiting"] = PendingApproval.names(mainFile: state.settings.config)
        return pages.page("today", active: "/today", data: data, context: context)
    }

    func fragment(_ context: WebContext) async -> Response {
        pages.fragment("today-live", data: await live(context), context: context)
    }

    private func live(_ context: WebContext) async -> [String: Any] {
        let lang = context.lang
        let statusPath = state.settings.status
        var data: [String: Any] = [:]
        let now = Clock.nowMs
        let zoneNames = ZoneNames(await state.configuration(nowMs: now).timetable?.zones ?? [])
        func airing(_ a: StatusFile.Document.Airing) -> [String: Any] {
            ["start": a.start, "title": a.title, "zones": zoneNames.list(a.zones)]
        }
        if let doc = StatusFile(path: statusPath).read() {
            // No systemctl here: the page is polled, and the lock file answers for a member of group loa.
            let verdict = DaemonLiveness.judge(doc, status: statusPath, nowMs: now, systemd: { _ in nil })
            data["hasStatus"] = true
            data["running"] = verdict.running
            data["stateText"] = WebText.get(verdict.running ? "today_running" : "today_not_running", lang) + " (pid \(doc.pid))"
            data["station"] = doc.station
            data["updated"] = doc.updated
            data["fallback"] = doc.fallback ?? ""
            data["onAir"] = doc.onAir.map(airing)
            data["next"] = doc.next.map(airing) ?? ""
            data["faults"] = doc.faults
            data["itemFaults"] = doc.itemFaults ?? []
            if let refused = doc.refusedReload {
                data["refused"] = ["at": refused.at, "errors": refused.errors]
            }
        } else {
            data["running"] = false
        }
        var rows: [[String: Any]] = []
        data["date"] = LocalDate.at(now, timeZoneID: nil).vietnameseDescription
        if let reader = await state.log() {
            let zone = LogZone.of(reader)
            let resolver = LocalTimeResolver(timeZone: zone)
            let today = resolver.local(now).date
            data["date"] = today.vietnameseDescription
            // The newest airings of the day, in time order: a commune's day fits whole, and a station
            // airing every minute (2,880 a day) still gets a page that loads at once on a phone; the
            // rest are one link away in the logbook.
            let filter = AiringFilter(from: today, through: today)
            let newest = (try? reader.page(filter, before: nil, limit: Self.shownAirings)) ?? []
            if newest.count == Self.shownAirings, let total = try? reader.count(filter), total > newest.count {
                data["more"] = ["shown": newest.count, "total": total,
                                "link": "/logbook?from=\(today.description)&to=\(today.description)"]
            }
            for r in newest.reversed() {
                let local = resolver.local(r.startMs ?? r.plannedStartMs)
                rows.append(["time": String(local.time.description.prefix(5)), "title": r.title,
                             "zones": zoneNames.list(r.zones), "outcome": r.outcome.rawValue,
                             "outcomeText": WebText.get("outcome_" + r.outcome.rawValue, lang), "reason": r.reason ?? ""])
            }
        }
        data["airings"] = rows
        return data
    }
}

/// The station's time zone as the daemon wrote it into the log, else the configuration default.
enum LogZone {
    static func of(_ reader: AiringLogReader) -> TimeZone {
        let id = (try? reader.station().timeZoneID) ?? nil
        return id.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: Station.defaultTimeZoneID) ?? .current
    }
}
