import GRDB
import GRDBSQLite
import LoaCore

/// Reads the airing log: queries, the export's row loop, the report's summary. Opened read-only by the
/// command line, so nothing it does can change the log.
public struct AiringLogReader: Sendable {
    let queue: DatabaseQueue
    public let path: String

    init(queue: DatabaseQueue, path: String) {
        self.queue = queue
        self.path = path
    }

    /// Opens an existing log read-only.
    public init(path: String) throws(LogError) {
        self.init(queue: try LogOpener.reader(path), path: path)
    }

    /// The station name and time zone the daemon recorded, if it did.
    public func station() throws(LogError) -> (name: String?, timeZoneID: String?) {
        try read { db in
            let values = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM station").map {
                ($0["key"] as String, $0["value"] as String)
            })
            return (values["name"], values["timezone"])
        }
    }

    /// Matching airings in time order. For a bounded range; `forEach` streams any size.
    public func records(_ filter: AiringFilter = AiringFilter()) throws(LogError) -> [AiringRecord] {
        var out: [AiringRecord] = []
        try forEach(filter) { out.append($0.record) }
        return out
    }

    public func count(_ filter: AiringFilter = AiringFilter()) throws(LogError) -> Int {
        let (clause, arguments) = filter.sql
        return try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM airing \(clause)", arguments: arguments) ?? 0 }
    }

    /// Calls `body` with each matching row in order of planned start, one row in memory at a time.
    public func forEach(_ filter: AiringFilter = AiringFilter(), _ body: (RawAiringRow) throws -> Void) throws(LogError) {
        let (clause, arguments) = filter.sql
        try read { db in
            try Self.eachRow(db, "\(clause) ORDER BY planned_start_ms, id", arguments, body)
        }
    }

    /// Steps `SELECT <the row's columns> FROM airing <tail>` row by row, one row in memory at a time:
    /// the loop the logbook's pages and the streamed exports share.
    static func eachRow(_ db: Database, _ tail: String, _ arguments: StatementArguments,
                        _ body: (RawAiringRow) throws -> Void) throws {
        let columns = RawAiringRow.Column.selectList(schemaV2: try db.tableExists(AiringZoneRow.databaseTableName),
                                                     zoneOutcomes: try AiringZoneRow.anyRows(db))
        let statement = try db.makeStatement(sql: "SELECT \(columns) FROM airing \(tail)")
        try statement.setArguments(arguments)
        let row = RawAiringRow(statement: statement.sqliteStatement)
        try statement.stepRows(in: db) { try body(row) }
    }

    /// Station events in a range of instants, oldest first.
    public func events(fromMs: Int64 = .min, toMs: Int64 = .max) throws(LogError) -> [StationEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT at_ms, kind, detail, config_revision FROM station_event WHERE at_ms BETWEEN ? AND ? ORDER BY at_ms, id",
                             arguments: [fromMs, toMs]).map { row in
                StationEvent(atMs: row["at_ms"], kind: StationEvent.Kind(rawValue: row["kind"]) ?? .start, detail: row["detail"],
                             configRevision: row["config_revision"])
            }
        }
    }

    /// When the station first started with this log (its first `start` event); nil before any.
    public func firstStartMs() throws(LogError) -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT min(at_ms) FROM station_event WHERE kind = ?", arguments: [StationEvent.Kind.start.rawValue]) }
    }

    /// `PRAGMA integrity_check`: "ok", or what SQLite found.
    public func integrityCheck() throws(LogError) -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    func read<T>(_ body: (Database) throws -> T) throws(LogError) -> T {
        do { return try queue.read(body) } catch { throw LogOpener.map(error, path: path) }
    }
}

extension AiringLogReader {
    /// The first and last planned dates in the log, if it has any airing.
    public func plannedDateRange() throws(LogError) -> ClosedRange<LocalDate>? {
        let bounds = try read { db in
            try Row.fetchOne(db, sql: "SELECT min(planned_date), max(planned_date) FROM airing").map { ($0[0] as String?, $0[1] as String?) }
        }
        guard let first = bounds?.0.flatMap({ try? LocalDate.parse($0).get() }),
              let last = bounds?.1.flatMap({ try? LocalDate.parse($0).get() }) else { return nil }
        return first...last
    }
}
