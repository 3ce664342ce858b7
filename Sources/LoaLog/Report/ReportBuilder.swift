import LoaCore

/// Builds the campaign report: every planned announcement airing in the range, matched by identity with
/// what the log says became of it. Intros and outros (the station's jingles) are not counted.
///
/// What was planned for a day is what the daemon recorded it planned (schema v2's `planned_airing`),
/// whatever has happened to the configuration files since; a day without that record (run by an older
/// loa) and a day not yet begun at `asOfMs` (the daemon records tomorrow ahead, but the files may still
/// change) are planned with `planDay` from the files as they are now, and the report lists those days.
///
/// One day at a time: plan the day, read that day's log rows, add them into the counters, forget both.
/// Memory is bounded by one day's plan (a year of every-minute airings is a million of them), and every
/// identity carries its date, so no airing is matched across days.
public enum ReportBuilder {
    /// `planDay` gives every airing whose identity has that date (`Planner.planDay`, which is pure); it
    /// runs on another thread, a few days ahead of the matching.
    public static func build(planDay: @escaping @Sendable (LocalDate) -> [PlannedAiring], timetable: Timetable,
                             log: AiringLogReader, campaign: String?, from: LocalDate, through: LocalDate,
                             asOfMs: Int64) throws(LogError) -> CampaignReport {
        let campaign = campaign?.precomposedStringWithCanonicalMapping
        let wanted: @Sendable (PlannedAiring) -> Bool = { a in a.kind == .item && (campaign == nil || a.campaign == campaign) }
        var counters = ReportCounters()
        try log.read { db in
            // One read transaction for the whole range: the daemon may write meanwhile, the report sees one state.
            let today = LocalDate.at(asOfMs, timeZoneID: timetable.station.timeZoneID)
            let recorded = try AiringLogReader.recordedPlanDays(db, from: from, through: through).filter { $0 <= today }
            let items: @Sendable (LocalDate) -> [PlannedAiring] = { day in recorded.contains(day) ? [] : planDay(day).filter(wanted) }
            let rows = try DayRows(db)
            let campaignBytes = campaign.map { Array($0.utf8) }
            var pending = PlanAhead.start(from: from, through: through, planDay: items)
            while let batch = pending {
                let plans = batch.wait()
                pending = batch.days.last.flatMap { PlanAhead.start(from: $0.adding(days: 1), through: through, planDay: items) }
                for (day, planned) in zip(batch.days, plans) {
                    var dayItems = planned
                    if recorded.contains(day) {
                        let recorded = try AiringLogReader.recordedPlan(db, day: day)
                        dayItems = recorded.airings.filter(wanted)
                        counters.recordedOrder.merge(recorded.order) { first, _ in first }
                    } else {
                        counters.plannedFromCurrentFiles.append(day)
                    }
                    var match = DayMatch(dayItems, day: day)
                    try rows.forEach(day) { row in match.add(row, campaign: campaignBytes) }
                    match.count(into: &counters, day: day, asOfMs: asOfMs)
                }
            }
        }
        return counters.report(timetable: timetable, campaign: campaign, from: from, through: through, asOfMs: asOfMs)
    }

    /// The same from a plan already made (tests, small ranges): grouped by date, then day by day.
    public static func build(plan: [PlannedAiring], timetable: Timetable, log: AiringLogReader, campaign: String?,
                             from: LocalDate, through: LocalDate, asOfMs: Int64) throws(LogError) -> CampaignReport {
        let byDay = Dictionary(grouping: plan, by: \.date)
        return try build(planDay: { byDay[$0] ?? [] }, timetable: timetable, log: log, campaign: campaign,
                         from: from, through: through, asOfMs: asOfMs)
    }
}
