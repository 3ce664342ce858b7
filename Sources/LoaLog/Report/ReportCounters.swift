import LoaCore

/// The report's running totals: whole range, per announcement, per zone, per day. Small whatever the
/// number of airings (one entry per announcement, zone and day), but for the lists of unplanned airings
/// and exceptions, which hold one entry each.
struct ReportCounters {
    var total = Tally()
    var unplanned = 0
    var unplannedAirings: [UnplannedAiring] = []
    var exceptions: [ReportException] = []
    var plannedFromCurrentFiles: [LocalDate] = []
    /// Announcement id → its place in the configuration that planned it, from the record of what was
    /// planned: the order of a past report does not change when files are edited or removed.
    var recordedOrder: [String: Int] = [:]
    private var byAnnouncement: [String: Tally] = [:]
    private var byZone: [String: Tally] = [:]
    private var titles: [String: String] = [:]
    /// Every day of the range in order, including days with nothing planned.
    private var days: [(date: LocalDate, tally: Tally)] = []

    mutating func startDay(_ date: LocalDate) {
        days.append((date, Tally()))
    }

    /// `zoneStates`: what became of the airing in each zone where the log says; other zones take `state`.
    mutating func add(_ a: PlannedAiring, state: AiringState, zoneStates: [String: AiringState] = [:], playedMs: Int64) {
        total.add(state, playedMs: playedMs)
        let key = a.announcementID ?? a.identity.announcement
        byAnnouncement[key, default: Tally()].add(state, playedMs: playedMs)
        if titles[key] == nil { titles[key] = a.title }
        for zone in a.zones { byZone[zone, default: Tally()].add(zoneStates[zone] ?? state, playedMs: playedMs) }
        days[days.count - 1].tally.add(state, playedMs: playedMs)
    }

    /// A notice read aloud is named by its title and how its text begins, which is what was heard.
    static func name(_ title: String, of announcement: Announcement?) -> String {
        guard let spoken = announcement?.speech else { return title }
        return "\(title) — «\(spoken.beginning(limit: 60))»"
    }

    /// Announcements in the order the configuration that planned them listed them (the current one for
    /// days without a record), zones in the order of the current one.
    func report(timetable: Timetable, campaign: String?, from: LocalDate, through: LocalDate, asOfMs: Int64) -> CampaignReport {
        let announcementOrder = recordedOrder.merging(
            Dictionary(timetable.announcements.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })) { recorded, _ in recorded }
        let zoneOrder = Dictionary(timetable.zones.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let announcements = byAnnouncement.keys.sorted { (announcementOrder[$0] ?? .max, $0) < (announcementOrder[$1] ?? .max, $1) }
            .map { id in CampaignReport.Line(key: id, name: Self.name(titles[id] ?? id, of: timetable.announcements.first { $0.id == id }),
                                             tally: byAnnouncement[id] ?? Tally()) }
        let zones = byZone.keys.sorted { (zoneOrder[$0] ?? .max, $0) < (zoneOrder[$1] ?? .max, $1) }
            .map { CampaignReport.Line(key: $0, name: timetable.zone($0)?.name ?? $0, tally: byZone[$0] ?? Tally()) }
        let lines = days.map { CampaignReport.Line(key: $0.date.description, name: $0.date.vietnameseDescription, tally: $0.tally) }
        var report = CampaignReport(station: timetable.station.name, timeZoneID: timetable.station.timeZoneID, campaign: campaign,
                                    from: from, through: through, asOfMs: asOfMs, total: total, announcements: announcements,
                                    zones: zones, days: lines, unplanned: unplanned)
        report.unplannedAirings = unplannedAirings.sorted { ($0.startMs ?? $0.plannedStartMs, $0.identity, $0.attempt) < ($1.startMs ?? $1.plannedStartMs, $1.identity, $1.attempt) }
        report.exceptions = exceptions.sorted { ($0.plannedStartMs, $0.identity, $0.attempt ?? 0) < ($1.plannedStartMs, $1.identity, $1.attempt ?? 0) }
        report.plannedFromCurrentFiles = plannedFromCurrentFiles
        return report
    }
}
