import GRDB
import LoaCore

extension AiringLog {
    /// Every identity in the log planned for those dates, with what its attempts say: what the scheduler
    /// must not air again, and what it may air again as a new attempt (`AttemptRule`). Read through the
    /// lookup connection: a lock another program holds on the log does not hold up the scheduler.
    public func recordedInstances(from: LocalDate, through: LocalDate) throws(LogError) -> [String: RecordedInstance] {
        do {
            return try lookups.read { db in try Self.instances(db, from: from, through: through) }
        } catch {
            throw LogOpener.map(error, path: path)
        }
    }

    private static func instances(_ db: Database, from: LocalDate, through: LocalDate) throws -> [String: RecordedInstance] {
        var out: [String: RecordedInstance] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT identity, attempt, outcome FROM airing WHERE planned_date BETWEEN ? AND ? ORDER BY identity, attempt
            """, arguments: [from.description, through.description])
        while let row = try rows.next() {
            let outcome = Outcome(rawValue: row["outcome"]) ?? .aired
            let identity: String = row["identity"]
            let aired = out[identity]?.aired == true || outcome == .aired
            out[identity] = RecordedInstance(attempts: row["attempt"], cut: outcome == .interrupted, aired: aired)
        }
        return out
    }

    /// Every identity in the log planned for those dates, with the outcome of its latest attempt.
    public func recordedOutcomes(from: LocalDate, through: LocalDate) throws(LogError) -> [String: Outcome] {
        try read { db in
            var out: [String: Outcome] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT identity, outcome FROM airing WHERE planned_date BETWEEN ? AND ? ORDER BY identity, attempt
                """, arguments: [from.description, through.description])
            while let row = try rows.next() {
                out[row["identity"]] = Outcome(rawValue: row["outcome"]) ?? .aired
            }
            return out
        }
    }
}
