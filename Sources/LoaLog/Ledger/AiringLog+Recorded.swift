import GRDB
import LoaCore

extension AiringLog {
    /// Every identity in the log planned for those dates, with the outcome of its latest attempt: what
    /// the scheduler must not air again.
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
