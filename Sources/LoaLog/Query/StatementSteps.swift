import GRDB
import GRDBSQLite

extension Statement {
    /// Steps the prepared statement to its end, calling `body` at each row while SQLite's row is current
    /// (one row in memory at a time), and resets it after; an SQLite error becomes GRDB's DatabaseError.
    /// GRDB's cursors would copy each row; the logbook, the exports and the report read SQLite's columns
    /// in place.
    func stepRows(in db: Database, _ body: () throws -> Void) throws {
        let raw = sqliteStatement
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            try body()
        }
    }
}
