import LoaCore

/// The plan compared with the log, for a campaign (or everything) over a range of days.
public struct CampaignReport: Sendable {
    public struct Line: Hashable, Sendable {
        /// An announcement id, a zone id, or an ISO date.
        public var key: String
        /// The announcement's title, the zone's name, or the date as officers write it.
        public var name: String
        public var tally: Tally
    }

    public var station: String
    public var timeZoneID: String
    public var campaign: String?
    public var from: LocalDate
    public var through: LocalDate
    /// The instant the report was made: what was planned after it is pending, not missed.
    public var asOfMs: Int64
    public var total: Tally
    public var announcements: [Line]
    public var zones: [Line]
    /// Every day of the range, in order, including days with nothing planned.
    public var days: [Line]
    /// Rows in the log, in the range (and campaign), whose identity is not in the plan: aired by hand, or
    /// planned by a configuration since changed.
    public var unplanned: Int
}
