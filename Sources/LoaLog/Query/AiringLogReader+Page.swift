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
    ///
    /// A zone is asked through the index on zones (schema v3) once per stored combination that holds it
    /// (`toan-xa`, `thon-na-mu+toan-xa`, …: a handful), each newest first with the LIMIT, and the answers
    /// merged: a rare zone costs what a common one does. A log not yet upgraded tests every airing's zones.
    public func page(_ filter: AiringFilter, before: PageCursor?, limit: Int) throws(LogError) -> [AiringRecord] {
        let limit = max(1, min(limit, 1000))
        guard let zone = filter.zone, filter.storedZones == nil, let combinations = try zoneCombinations(holding: zone) else {
            return try pageQuery(filter, before: before, limit: limit)
        }
        var merged: [AiringRecord] = []
        for stored in combinations {
            var one = filter
            one.storedZones = stored
            merged += try pageQuery(one, before: before, limit: limit)
        }
        merged.sort { ($0.plannedStartMs, $0.id.rawValue) > ($1.plannedStartMs, $1.id.rawValue) }
        return Array(merged.prefix(limit))
    }

    /// Every distinct `zones` value that holds `zone`, read by skipping along the index on zones (one
    /// seek per distinct value, not a walk over every airing); nil when the log has no such index yet.
    public func zoneCombinations(holding zone: String) throws(LogError) -> [String]? {
        try read { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'airing_by_zones'") == 1 else {
                return nil
            }
            let all = try String.fetchAll(db, sql: """
                WITH RECURSIVE stored(zones) AS (
                    SELECT min(zones) FROM airing
                    UNION ALL
                    SELECT (SELECT min(zones) FROM airing WHERE zones > stored.zones) FROM stored WHERE stored.zones IS NOT NULL
                )
                SELECT zones FROM stored WHERE zones IS NOT NULL
                """)
            return all.filter { $0.split(separator: "+").contains(Substring(zone)) }
        }
    }

    private func pageQuery(_ filter: AiringFilter, before: PageCursor?, limit: Int) throws(LogError) -> [AiringRecord] {
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
        _ = arguments.append(contentsOf: [limit])
        return try read { db in
            var out: [AiringRecord] = []
            try Self.eachRow(db, "\(terms) ORDER BY planned_start_ms DESC, id DESC LIMIT ?", arguments) { out.append($0.record) }
            return out
        }
    }
}
