/// Counts of planned airings by what became of them, and the time on air.
public struct Tally: Hashable, Sendable {
    public var planned = 0
    public var aired = 0
    public var interrupted = 0
    public var failed = 0
    /// Recorded as missed or skipped, or due and never recorded.
    public var missed = 0
    /// Not yet due, or on air at the time of the report.
    public var pending = 0
    /// Audio played, aired or interrupted, in milliseconds.
    public var playedMs: Int64 = 0

    public init() {}

    public init(planned: Int, aired: Int, interrupted: Int, failed: Int, missed: Int, pending: Int, playedMs: Int64) {
        self.planned = planned
        self.aired = aired
        self.interrupted = interrupted
        self.failed = failed
        self.missed = missed
        self.pending = pending
        self.playedMs = playedMs
    }

    /// Aired as a share of what was due (planned less pending), in percent; nil when nothing was due yet.
    public var fulfilment: Double? {
        let due = planned - pending
        return due > 0 ? Double(aired) * 100 / Double(due) : nil
    }

    public var minutesOnAir: Double { Double(playedMs) / 60_000 }

    mutating func add(_ state: AiringState, playedMs: Int64) {
        planned += 1
        self.playedMs += playedMs
        switch state {
        case .aired: aired += 1
        case .interrupted: interrupted += 1
        case .failed: failed += 1
        case .missed: missed += 1
        case .pending: pending += 1
        }
    }
}

/// What the report says became of one planned airing.
enum AiringState {
    case aired, interrupted, failed, missed, pending
}
