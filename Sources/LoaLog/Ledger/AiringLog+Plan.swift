import GRDB
import LoaCore

extension AiringLog {
    /// Keeps what the daemon plans to air on `days` (announcement airings only; jingles are not reported).
    ///
    /// A day recorded for the first time gets its whole plan. A day already recorded keeps the airings
    /// that were due by `nowMs` — they were planned by the configuration then in force — and gets the
    /// rest from this plan: a reload changes what is still to come, never what is past. The same plan
    /// again changes nothing, so the daemon may call this at every start and reload. `order`: announcement
    /// ids in the configuration's order, which the report keeps.
    public func recordPlan(_ airings: [PlannedAiring], days: [LocalDate], revision: String, nowMs: Int64,
                           order: [String] = []) throws(LogError) {
        let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let byDay = Dictionary(grouping: airings.filter { $0.kind == .item }, by: \.date)
        try write { db in
            for day in days {
                let date = day.description
                let known = try PlannedDayRow.fetchOne(db, key: date)
                if known != nil {
                    try PlannedRow.filter(PlannedRow.Columns.plannedDate == date && PlannedRow.Columns.dueMs > nowMs).deleteAll(db)
                }
                for a in byDay[day] ?? [] where known == nil || a.dueMs > nowMs {
                    var row = PlannedRow(a, revision: revision)
                    row.position = a.announcementID.flatMap { position[$0] } ?? 0
                    try row.insert(db, onConflict: .ignore)
                }
                if known?.configRevision != revision {
                    try PlannedDayRow(plannedDate: date, configRevision: revision, recordedMs: nowMs).save(db)
                }
            }
        }
    }
}

extension AiringLog {
    /// An airing of the timetable the daemon started or recorded as not aired was planned, whatever the
    /// record of the day held: a reload may add an airing whose time has already come (it airs late or is
    /// missed). Added to a recorded day's plan, so the report does not count it outside the plan. Not
    /// `loa announce` and urgent notices (slot `!HH:MM:SS`): never planned.
    static func keepPlanned(_ db: Database, _ row: PlannedRow) throws {
        guard !row.slot.hasPrefix("!"), try PlannedDayRow.exists(db, key: row.plannedDate) else { return }
        try row.insert(db, onConflict: .ignore)
    }
}

extension AiringLogReader {
    /// Whether this log has the tables of schema v2 (a log not yet upgraded by the daemon has not).
    func hasSchemaV2(_ db: Database) throws -> Bool {
        try db.tableExists(PlannedRow.databaseTableName)
    }

    /// The days of the range whose plan the daemon recorded.
    public func recordedPlanDays(from: LocalDate, through: LocalDate) throws(LogError) -> Set<LocalDate> {
        try read { db in try Self.recordedPlanDays(db, from: from, through: through) }
    }

    static func recordedPlanDays(_ db: Database, from: LocalDate, through: LocalDate) throws -> Set<LocalDate> {
        guard try db.tableExists(PlannedDayRow.databaseTableName) else { return [] }
        let dates = try String.fetchAll(db, sql: "SELECT planned_date FROM planned_day WHERE planned_date BETWEEN ? AND ?",
                                        arguments: [from.description, through.description])
        return Set(dates.compactMap { try? LocalDate.parse($0).get() })
    }

    /// The announcement airings the daemon planned for `day`, in order of start, and each announcement's
    /// place in the configuration of then.
    static func recordedPlan(_ db: Database, day: LocalDate) throws -> (airings: [PlannedAiring], order: [String: Int]) {
        let rows = try PlannedRow.filter(PlannedRow.Columns.plannedDate == day.description)
            .order(Column("planned_start_ms"), Column("identity")).fetchAll(db)
        var order: [String: Int] = [:]
        for row in rows { if let id = row.announcementID, order[id] == nil { order[id] = row.position } }
        return (rows.compactMap(\.airing), order)
    }

    /// Every campaign named in the log: in what was planned and in what aired.
    public func campaigns() throws(LogError) -> [String] {
        try read { db in
            var names = Set(try String.fetchAll(db, sql: "SELECT DISTINCT campaign FROM airing WHERE campaign IS NOT NULL"))
            if try db.tableExists(PlannedRow.databaseTableName) {
                names.formUnion(try String.fetchAll(db, sql: "SELECT DISTINCT campaign FROM planned_airing WHERE campaign IS NOT NULL"))
            }
            return names.sorted()
        }
    }

    /// The first and last days a campaign was planned or aired, from the log.
    public func dateRange(ofCampaign campaign: String) throws(LogError) -> ClosedRange<LocalDate>? {
        let bounds: (String?, String?) = try read { db in
            var sql = "SELECT min(planned_date), max(planned_date) FROM (SELECT planned_date FROM airing WHERE campaign = ?"
            var arguments: StatementArguments = [campaign]
            if try db.tableExists(PlannedRow.databaseTableName) {
                sql += " UNION ALL SELECT planned_date FROM planned_airing WHERE campaign = ?"
                arguments += [campaign]
            }
            let row = try Row.fetchOne(db, sql: sql + ")", arguments: arguments)
            return (row?[0], row?[1])
        }
        guard let first = bounds.0.flatMap({ try? LocalDate.parse($0).get() }),
              let last = bounds.1.flatMap({ try? LocalDate.parse($0).get() }) else { return nil }
        return first...last
    }
}
