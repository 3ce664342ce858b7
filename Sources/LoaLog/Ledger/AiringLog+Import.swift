import GRDB
import LoaCore

/// An airing whose both writes are known at once: what an import from another record (a paper logbook
/// typed in, a fixture, a benchmark) brings.
public struct FinishedAiring: Sendable {
    public var start: AiringStart
    public var outcome: Outcome
    public var endMs: Int64?
    public var playedMs: Int64?
    public var reason: String?

    public init(start: AiringStart, outcome: Outcome, endMs: Int64?, playedMs: Int64?, reason: String?) {
        self.start = start
        self.outcome = outcome
        self.endMs = endMs
        self.playedMs = playedMs
        self.reason = reason
    }
}

extension AiringLog {
    /// Adds finished airings in one transaction; instances already in the log are left alone. Returns how
    /// many rows were added. Not for the daemon, which must write `on_air` before the first sample.
    @discardableResult
    public func importFinished(_ batch: [FinishedAiring]) throws(LogError) -> Int {
        try write { db in
            var added = 0
            for f in batch {
                let s = f.start
                let started = f.outcome == .missed || f.outcome == .skipped ? nil : s.startMs
                var row = AiringRow(s, attempt: 1)
                row.startMs = started
                row.outcome = f.outcome
                row.reason = f.reason
                row.endMs = f.endMs
                row.playedMs = f.playedMs
                try row.insert(db, onConflict: .ignore)
                added += db.changesCount
            }
            return added
        }
    }
}
