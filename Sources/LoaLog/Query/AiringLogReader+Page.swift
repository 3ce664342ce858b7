import GRDB
import GRDBSQLite
import LoaCore

extension AiringLogReader {
    /// Where a page of the logbook starts: after this row, going back in time.
    public struct PageCursor: Hashable, Sendable {
        public var plannedStartMs: Int64
        public var id: Int64

        public init(plannedStartMs: Int64, id: Int64) {
            self.plannedStartMs = plannedStartMs
            self.id = id
        }
    }

    /// The newest matching airings, at most `limit`, older than `before` when given: keyset paging, so
    /// page 1,000 of a 1,000,000-airing log costs what page 1 costs (no OFFSET scan); the indexes on
    /// planned start, date and campaign serve the ORDER BY with its LIMIT.
    public func page(_ filter: AiringFilter, before: PageCursor?, limit: Int) throws(LogError) -> [AiringRecord] {
        let (clause, filterArguments) = filter.sql
        var arguments = filterArguments
        var terms = clause
        // The dates again as bounds on the planned start (a day's margin covers any time zone): with
        // them SQLite walks airing_by_start in order and stops at the LIMIT, instead of sorting every
        // airing of a wide range of dates (seconds on a million rows).
        let dayMs: Int64 = 86_400_000
        if let from = filter.from {
            terms += (terms.isEmpty ? "WHERE " : " AND ") + "planned_start_ms >= ?"
            _ = arguments.append(contentsOf: [Int64(from.daysSinceEpoch - 1) * dayMs])
        }
        if let through = filter.through {
            terms += (terms.isEmpty ? "WHERE " : " AND ") + "planned_start_ms < ?"
            _ = arguments.append(contentsOf: [Int64(through.daysSinceEpoch + 2) * dayMs])
        }
        if let before {
            terms += (terms.isEmpty ? "WHERE " : " AND ") + "(planned_start_ms < ? OR (planned_start_ms = ? AND id < ?))"
            _ = arguments.append(contentsOf: [before.plannedStartMs, before.plannedStartMs, before.id])
        }
        _ = arguments.append(contentsOf: [max(1, min(limit, 1000))])
        return try read { db in
            var out: [AiringRecord] = []
            try Self.eachRow(db, "\(terms) ORDER BY planned_start_ms DESC, id DESC LIMIT ?", arguments) { out.append($0.record) }
            return out
        }
    }
}
