import GRDB
import GRDBSQLite
import LoaCore

/// The few columns the report needs from one day's log rows, streamed through one prepared statement on
/// the `planned_date` index: the report asks once per day of its range.
struct DayRows {
    struct Row {
        var identity: String
        var attempt: Int
        var outcome: Outcome?
        var playedMs: Int64
        var campaign: String?
        var isItem: Bool
    }

    private let db: Database
    private let statement: Statement

    init(_ db: Database) throws {
        self.db = db
        statement = try db.makeStatement(sql: """
            SELECT identity, attempt, outcome, coalesce(played_ms, 0), campaign, kind = 'item'
            FROM airing WHERE planned_date = ?
            """)
    }

    func forEach(_ day: LocalDate, _ body: (Row) -> Void) throws {
        try statement.setArguments([day.description])
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            body(Row(identity: sqlite3_column_text(raw, 0).map { String(cString: $0) } ?? "",
                     attempt: Int(sqlite3_column_int64(raw, 1)),
                     outcome: sqlite3_column_text(raw, 2).flatMap { Outcome(rawValue: String(cString: $0)) },
                     playedMs: sqlite3_column_int64(raw, 3),
                     campaign: sqlite3_column_text(raw, 4).map { String(cString: $0) },
                     isItem: sqlite3_column_int(raw, 5) != 0))
        }
    }
}
