import GRDB
import GRDBSQLite
import LoaCore

/// The few columns the report needs from one day's log rows, streamed through one prepared statement on
/// the `planned_date` index: the report asks once per day of its range.
struct DayRows {
    /// The current row; its text is SQLite's, valid only during the call that receives it.
    struct Row {
        var identity: UnsafeRawBufferPointer
        var attempt: Int
        var outcome: Outcome?
        var playedMs: Int64
        var campaign: UnsafeRawBufferPointer?
        var isItem: Bool
    }

    private let db: Database
    private let statement: Statement
    /// Outcome codes as bytes, so a row's outcome needs no string.
    private let outcomes: [([UInt8], Outcome)] = Outcome.allCases.map { (Array($0.rawValue.utf8), $0) }

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
            let outcome = text(raw, 2).flatMap { bytes in outcomes.first { $0.0.elementsEqual(bytes) }?.1 }
            body(Row(identity: text(raw, 0) ?? UnsafeRawBufferPointer(start: nil, count: 0),
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
