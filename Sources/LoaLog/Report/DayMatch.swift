import LoaCore

/// One day's planned announcement airings and what the log says became of each.
///
/// An instance counts once, whatever its attempts: aired if any attempt aired (in at least one zone,
/// see `ZoneOutcome.overall`), else what its latest attempt says. Its zones are counted from the zone
/// outcomes of that deciding attempt when the daemon recorded them, else all alike.
struct DayMatch {
    let items: [PlannedAiring]
    private let keys: [IdentityBytes]
    /// By the hash of the identity's text: the planned airings with that hash (almost always one).
    private var index: [UInt64: [Int]] = [:]
    private var latest: [Int]
    private var outcome: [Outcome?]
    private var aired: [Bool]
    /// The attempt that aired, when one did.
    private var airedAttempt: [Int]
    /// Per zone, from the deciding attempt, when recorded.
    private var zoneOutcomes: [[ZoneOutcome]]
    private var played: [Int64]
    /// Log rows of the day (and campaign) whose identity is not in the plan.
    private(set) var unplanned = 0
    private(set) var unplannedAirings: [UnplannedAiring] = []
    /// Exceptions of the log's rows; `airedOnRetry` settled in `count`.
    private var exceptions: [(item: Int?, exception: ReportException)] = []

    init(_ items: [PlannedAiring], day: LocalDate) {
        self.items = items
        let dateText = Array(day.description.utf8)
        keys = items.map { IdentityBytes(identity: $0.identity, dateText: $0.date == day ? dateText : Array($0.date.description.utf8)) }
        index.reserveCapacity(items.count)
        for (i, key) in keys.enumerated() { index[key.hash, default: []].append(i) }
        latest = Array(repeating: 0, count: items.count)
        outcome = Array(repeating: nil, count: items.count)
        aired = Array(repeating: false, count: items.count)
        airedAttempt = Array(repeating: 0, count: items.count)
        zoneOutcomes = Array(repeating: [], count: items.count)
        played = Array(repeating: 0, count: items.count)
    }

    /// `campaign`: the campaign's UTF-8, or nil for every campaign.
    mutating func add(_ row: DayRows.Row, campaign: [UInt8]?) {
        let found = index[IdentityBytes.hash(row.identity)]?.first { keys[$0].equals(row.identity) }
        guard let i = found else {
            guard row.isItem else { return }
            let inCampaign = campaign == nil || row.campaign.map({ campaign?.elementsEqual($0) == true }) == true
            if inCampaign { unplanned += 1 }
            let trigger = row.trigger
            if inCampaign || trigger == .emergency || trigger == .manual {
                unplannedAirings.append(UnplannedAiring(
                    identity: row.identityText, attempt: row.attempt, plannedStartMs: row.plannedStartMs, startMs: row.startMs,
                    zones: row.zones, title: row.title, campaign: row.campaignText, trigger: trigger, outcome: row.outcome ?? .aired,
                    reason: row.reason, playedMs: row.storedPlayedMs))
                noteExceptions(row, item: nil)
            }
            return
        }
        played[i] += row.playedMs
        let zones = row.hasZoneOutcomes ? row.zoneOutcomes : []
        if row.outcome == .aired {
            if !aired[i] {
                zoneOutcomes[i] = zones
                airedAttempt[i] = row.attempt
            }
            aired[i] = true
        }
        if row.attempt > latest[i] {
            latest[i] = row.attempt
            outcome[i] = row.outcome
            if !aired[i] { zoneOutcomes[i] = zones }
        }
        noteExceptions(row, item: i)
    }

    /// The row's exceptions: the whole airing when it did not air, else the zones where it did not.
    private mutating func noteExceptions(_ row: DayRows.Row, item: Int?) {
        guard let o = row.outcome, o != .onAir else { return }
        func add(_ zones: [String], _ outcome: Outcome, _ reason: String?) {
            exceptions.append((item, ReportException(
                identity: row.identityText, attempt: row.attempt, plannedStartMs: row.plannedStartMs, startMs: row.startMs,
                zones: zones, announcementID: row.announcementID, title: row.title, outcome: outcome, reason: reason,
                playedMs: row.storedPlayedMs)))
        }
        let zones = row.hasZoneOutcomes ? row.zoneOutcomes : []
        if o != .aired, zones.isEmpty {
            add(row.zones, o, row.reason)
            return
        }
        // Zones that did not air whole, grouped by what became of them and why.
        var groups: [(Outcome, String?, [String])] = []
        for z in zones where z.outcome != .aired {
            if let g = groups.firstIndex(where: { $0.0 == z.outcome && $0.1 == z.reason }) { groups[g].2.append(z.zone) }
            else { groups.append((z.outcome, z.reason, [z.zone])) }
        }
        for (outcome, reason, names) in groups { add(names, outcome, reason) }
    }

    /// Adds the day into the report's counters; a planned airing never recorded is missed once it was due.
    func count(into counters: inout ReportCounters, day: LocalDate, asOfMs: Int64) {
        counters.unplanned += unplanned
        counters.unplannedAirings += unplannedAirings
        counters.startDay(day)
        for (i, a) in items.enumerated() {
            let state = aired[i] ? .aired : Self.state(outcome[i], due: a.dueMs < asOfMs)
            if outcome[i] == nil, a.dueMs < asOfMs {
                counters.exceptions.append(ReportException(
                    identity: a.identity.description, attempt: nil, plannedStartMs: a.startMs, startMs: nil, zones: a.zones,
                    announcementID: a.announcementID, title: a.title, outcome: .missed, reason: ReportException.notRecordedReason,
                    playedMs: nil))
            }
            var zoneStates: [String: AiringState] = [:]
            for z in zoneOutcomes[i] { zoneStates[z.zone] = Self.state(z.outcome, due: true) }
            counters.add(a, state: state, zoneStates: zoneStates, playedMs: played[i])
        }
        for (item, e) in exceptions {
            var e = e
            if let item, aired[item], e.attempt != airedAttempt[item] { e.airedOnRetry = true }
            counters.exceptions.append(e)
        }
    }

    static func state(_ outcome: Outcome?, due: Bool) -> AiringState {
        switch outcome {
        case .aired?: .aired
        case .interrupted?: .interrupted
        case .failed?: .failed
        case .missed?, .skipped?: .missed
        case .onAir?: .pending
        case nil: due ? .missed : .pending
        }
    }
}
