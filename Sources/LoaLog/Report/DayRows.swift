import GRDB
import GRDBSQLite
import LoaCore

/// The columns the report needs from one day's log rows, streamed through one prepared statement on
/// the `planned_date` index: the report asks once per day of its range. Text stays SQLite's bytes until
/// a row turns out to be an exception or unplanned; only those are made into strings.
struct DayRows {
    /// The current row; its text is SQLite's, valid only during the call that receives it.
    struct Row {
        let raw: OpaquePointer
        var identity: UnsafeRawBufferPointer
        var attempt: Int
        var outcome: Outcome?
        var playedMs: Int64
        var campaign: UnsafeRawBufferPointer?
        var isItem: Bool

        func string(_ column: Int32) -> String? {
            guard let base = sqlite3_column_text(raw, column) else { return nil }
            return String(decoding: UnsafeRawBufferPointer(start: base, count: Int(sqlite3_column_bytes(raw, column))), as: UTF8.self)
        }

        func int(_ column: Int32) -> Int64? {
            sqlite3_column_type(raw, column) == SQLITE_NULL ? nil : sqlite3_column_int64(raw, column)
        }

        var identityText: String { String(decoding: identity, as: UTF8.self) }
        var startMs: Int64? { int(6) }
        var plannedStartMs: Int64 { int(7) ?? 0 }
        var title: String { string(8) ?? "" }
        var reason: String? { string(9) }
        var trigger: Trigger { string(10).flatMap(Trigger.init(rawValue:)) ?? .schedule }
        var zones: [String] { (string(11) ?? "").split(separator: "+").map(String.init) }
        var announcementID: String? { string(12) }
        var campaignText: String? { string(4) }
        var storedPlayedMs: Int64? { int(13) }
        /// Schema v2: the airing's outcome in each of its zones, when the daemon recorded them.
        var zoneOutcomes: [ZoneOutcome] {
            guard let text = string(14) else { return [] }
            return text.split(separator: "\n").compactMap { line in
                let f = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                guard f.count == 3, let outcome = Outcome(rawValue: f[1]) else { return nil }
                return ZoneOutcome(zone: f[0], device: "", outcome: outcome, reason: f[2].isEmpty ? nil : f[2])
            }
        }
        var hasZoneOutcomes: Bool { sqlite3_column_type(raw, 14) != SQLITE_NULL }
    }

    private let db: Database
    private let statement: Statement
    /// Outcome codes as bytes, so a row's outcome needs no string.
    private let outcomes: [([UInt8], Outcome)] = Outcome.allCases.map { (Array($0.rawValue.utf8), $0) }

    init(_ db: Database) throws {
        self.db = db
        let zoneOutcomes = try AiringZoneRow.anyRows(db) ? """
            (SELECT group_concat(zone || char(9) || outcome || char(9) || coalesce(reason, ''), char(10))
             FROM (SELECT zone, outcome, reason FROM airing_zone WHERE airing_id = airing.id ORDER BY zone))
            """ : "NULL"
        statement = try db.makeStatement(sql: """
            SELECT identity, attempt, outcome, coalesce(played_ms, 0), campaign, kind = 'item', start_ms, planned_start_ms,
                title, reason, trigger, zones, announcement_id, played_ms, \(zoneOutcomes)
            FROM airing WHERE planned_date = ? ORDER BY planned_start_ms, id
            """)
    }

    func forEach(_ day: LocalDate, _ body: (Row) -> Void) throws {
        try statement.setArguments([day.description])
        let raw = statement.sqliteStatement
        try statement.stepRows(in: db) {
            let outcome = text(raw, 2).flatMap { bytes in outcomes.first { $0.0.elementsEqual(bytes) }?.1 }
            body(Row(raw: raw, identity: text(raw, 0) ?? UnsafeRawBufferPointer(start: nil, count: 0),
                     attempt: Int(sqlite3_column_int64(raw, 1)), outcome: outcome,
                     playedMs: sqlite3_column_int64(raw, 3), campaign: text(raw, 4),
                     isItem: sqlite3_column_int(raw, 5) != 0))
        }
    }

    private func text(_ raw: OpaquePointer, _ column: Int32) -> UnsafeRawBufferPointer? {
        guard let base = sqlite3_column_text(raw, column) else { return nil }
        return UnsafeRawBufferPointer(start: base, count: Int(sqlite3_column_bytes(raw, column)))
    }
}
