import GRDB
import GRDBSQLite
import LoaCore

/// Builds the campaign report: every planned announcement airing in the range, matched by identity with
/// what the log says became of it. Intros and outros (the station's jingles) are not counted.
public enum ReportBuilder {
    public static func build(plan: [PlannedAiring], timetable: Timetable, log: AiringLogReader, campaign: String?,
                             from: LocalDate, through: LocalDate, asOfMs: Int64) throws(LogError) -> CampaignReport {
        let campaign = campaign?.precomposedStringWithCanonicalMapping
        let items = plan.filter { a in
            a.kind == .item && a.date >= from && a.date <= through && (campaign == nil || a.campaign == campaign)
        }
        var index: [String: Int] = [:]
        index.reserveCapacity(items.count)
        for (i, a) in items.enumerated() { index[a.identity.description] = i }

        // Per planned airing: the outcome of its latest attempt, and what all attempts played.
        var latest = [Int](repeating: 0, count: items.count)
        var outcome = [Outcome?](repeating: nil, count: items.count)
        var played = [Int64](repeating: 0, count: items.count)
        var unplanned = 0
        try log.summaryRows(from: from, through: through) { identity, attempt, rowOutcome, rowPlayed, rowCampaign, isItem in
            guard let i = index[identity] else {
                if isItem, campaign == nil || rowCampaign == campaign { unplanned += 1 }
                return
            }
            played[i] += rowPlayed
            if attempt > latest[i] {
                latest[i] = attempt
                outcome[i] = rowOutcome
            }
        }

        var total = Tally()
        var byAnnouncement: [String: Tally] = [:]
        var byZone: [String: Tally] = [:]
        var byDay: [LocalDate: Tally] = [:]
        var titles: [String: String] = [:]
        for (i, a) in items.enumerated() {
            let state: AiringState
            switch outcome[i] {
            case .aired?: state = .aired
            case .interrupted?: state = .interrupted
            case .failed?: state = .failed
            case .missed?, .skipped?: state = .missed
            case .onAir?: state = .pending
            case nil: state = a.dueMs < asOfMs ? .missed : .pending
            }
            total.add(state, playedMs: played[i])
            let key = a.announcementID ?? a.identity.announcement
            byAnnouncement[key, default: Tally()].add(state, playedMs: played[i])
            if titles[key] == nil { titles[key] = a.title }
            for zone in a.zones { byZone[zone, default: Tally()].add(state, playedMs: played[i]) }
            byDay[a.date, default: Tally()].add(state, playedMs: played[i])
        }

        // Announcements and zones in the order the configuration lists them.
        let announcementOrder = Dictionary(timetable.announcements.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let zoneOrder = Dictionary(timetable.zones.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let announcements = byAnnouncement.keys.sorted { (announcementOrder[$0] ?? .max, $0) < (announcementOrder[$1] ?? .max, $1) }
            .map { CampaignReport.Line(key: $0, name: titles[$0] ?? $0, tally: byAnnouncement[$0] ?? Tally()) }
        let zones = byZone.keys.sorted { (zoneOrder[$0] ?? .max, $0) < (zoneOrder[$1] ?? .max, $1) }
            .map { CampaignReport.Line(key: $0, name: timetable.zone($0)?.name ?? $0, tally: byZone[$0] ?? Tally()) }
        var days: [CampaignReport.Line] = []
        var day = from
        while day <= through {
            days.append(CampaignReport.Line(key: day.description, name: day.vietnameseDescription, tally: byDay[day] ?? Tally()))
            day = day.adding(days: 1)
        }
        return CampaignReport(station: timetable.station.name, timeZoneID: timetable.station.timeZoneID, campaign: campaign,
                              from: from, through: through, asOfMs: asOfMs, total: total, announcements: announcements,
                              zones: zones, days: days, unplanned: unplanned)
    }
}

extension AiringLogReader {
    /// The few columns the report needs, for every row planned in the range, streamed.
    func summaryRows(from: LocalDate, through: LocalDate,
                     _ body: (_ identity: String, _ attempt: Int, _ outcome: Outcome?, _ playedMs: Int64, _ campaign: String?, _ isItem: Bool) -> Void) throws(LogError) {
        try read { db in
            let statement = try db.makeStatement(sql: """
                SELECT identity, attempt, outcome, coalesce(played_ms, 0), campaign, kind = 'item'
                FROM airing WHERE planned_date BETWEEN ? AND ?
                """)
            try statement.setArguments([from.description, through.description])
            let raw = statement.sqliteStatement
            while true {
                let code = sqlite3_step(raw)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                let identity = sqlite3_column_text(raw, 0).map { String(cString: $0) } ?? ""
                let outcome = sqlite3_column_text(raw, 2).flatMap { Outcome(rawValue: String(cString: $0)) }
                let campaign = sqlite3_column_text(raw, 4).map { String(cString: $0) }
                body(identity, Int(sqlite3_column_int64(raw, 1)), outcome, sqlite3_column_int64(raw, 3), campaign,
                     sqlite3_column_int(raw, 5) != 0)
            }
            sqlite3_reset(raw)
        }
    }
}
