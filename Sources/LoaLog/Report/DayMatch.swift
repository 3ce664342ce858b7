import LoaCore

/// One day's planned announcement airings and what the log says became of each: the outcome of its
/// latest attempt, and the audio all its attempts played.
struct DayMatch {
    let items: [PlannedAiring]
    private let keys: [IdentityBytes]
    /// By the hash of the identity's text: the planned airings with that hash (almost always one).
    private var index: [UInt64: [Int]] = [:]
    private var latest: [Int]
    private var outcome: [Outcome?]
    private var played: [Int64]
    /// Log rows of the day (and campaign) whose identity is not in the plan.
    private(set) var unplanned = 0

    init(_ items: [PlannedAiring], day: LocalDate) {
        self.items = items
        let dateText = Array(day.description.utf8)
        keys = items.map { IdentityBytes(identity: $0.identity, dateText: $0.date == day ? dateText : Array($0.date.description.utf8)) }
        index.reserveCapacity(items.count)
        for (i, key) in keys.enumerated() { index[key.hash, default: []].append(i) }
        latest = Array(repeating: 0, count: items.count)
        outcome = Array(repeating: nil, count: items.count)
        played = Array(repeating: 0, count: items.count)
    }

    /// `campaign`: the campaign's UTF-8, or nil for every campaign.
    mutating func add(_ row: DayRows.Row, campaign: [UInt8]?) {
        let found = index[IdentityBytes.hash(row.identity)]?.first { keys[$0].equals(row.identity) }
        guard let i = found else {
            if row.isItem, campaign == nil || row.campaign.map({ campaign?.elementsEqual($0) == true }) == true { unplanned += 1 }
            return
        }
        played[i] += row.playedMs
        if row.attempt > latest[i] {
            latest[i] = row.attempt
            outcome[i] = row.outcome
        }
    }

    /// Adds the day into the report's counters; a planned airing never recorded is missed once it was due.
    func count(into counters: inout ReportCounters, day: LocalDate, asOfMs: Int64) {
        counters.unplanned += unplanned
        counters.startDay(day)
        for (i, a) in items.enumerated() {
            let state: AiringState
            switch outcome[i] {
            case .aired?: state = .aired
            case .interrupted?: state = .interrupted
            case .failed?: state = .failed
            case .missed?, .skipped?: state = .missed
            case .onAir?: state = .pending
            case nil: state = a.dueMs < asOfMs ? .missed : .pending
            }
            counters.add(a, state: state, playedMs: played[i])
        }
    }
}
