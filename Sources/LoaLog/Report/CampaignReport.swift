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
    /// The airings not in the plan, in time order: emergencies and `loa announce` (always listed, whatever
    /// the campaign asked for), and airings of the campaign the plan does not hold.
    public var unplannedAirings: [UnplannedAiring] = []
    /// Every missed, failed and interrupted airing (each attempt, each zone group), in time order.
    public var exceptions: [ReportException] = []
    /// Days of the range whose plan the daemon had not recorded (days not yet run, or run by a loa older
    /// than schema v2): planned from the configuration files as they are now.
    public var plannedFromCurrentFiles: [LocalDate] = []
    /// The loa that made the report, `0.2.0+git… (commit …)`, for the footer: which version counted the figures.
    public var madeBy: String?
}

/// An airing the timetable did not plan: `loa announce`, an emergency file, or a stale plan's airing.
public struct UnplannedAiring: Hashable, Sendable {
    public var identity: String
    public var attempt: Int
    /// Instants, Unix ms; `startMs` nil when it never started.
    public var plannedStartMs: Int64
    public var startMs: Int64?
    public var zones: [String]
    public var title: String
    public var campaign: String?
    public var trigger: Trigger
    public var outcome: Outcome
    public var reason: String?
    public var playedMs: Int64?

    public init(identity: String, attempt: Int, plannedStartMs: Int64, startMs: Int64?, zones: [String], title: String,
                campaign: String?, trigger: Trigger, outcome: Outcome, reason: String?, playedMs: Int64?) {
        self.identity = identity
        self.attempt = attempt
        self.plannedStartMs = plannedStartMs
        self.startMs = startMs
        self.zones = zones
        self.title = title
        self.campaign = campaign
        self.trigger = trigger
        self.outcome = outcome
        self.reason = reason
        self.playedMs = playedMs
    }
}

/// An airing that did not air whole in some of its zones: missed, failed, interrupted (or skipped).
public struct ReportException: Hashable, Sendable {
    public var identity: String
    /// Nil for a planned airing the log never recorded (it is missed).
    public var attempt: Int?
    public var plannedStartMs: Int64
    public var startMs: Int64?
    /// The zones this applies to (all the airing's zones, or those where it failed).
    public var zones: [String]
    public var announcementID: String?
    public var title: String
    public var outcome: Outcome
    public var reason: String?
    /// How much it played before it was cut.
    public var playedMs: Int64?
    /// A later attempt aired it whole: the instance counts as aired.
    public var airedOnRetry: Bool

    public init(identity: String, attempt: Int?, plannedStartMs: Int64, startMs: Int64?, zones: [String], announcementID: String?,
                title: String, outcome: Outcome, reason: String?, playedMs: Int64?, airedOnRetry: Bool = false) {
        self.identity = identity
        self.attempt = attempt
        self.plannedStartMs = plannedStartMs
        self.startMs = startMs
        self.zones = zones
        self.announcementID = announcementID
        self.title = title
        self.outcome = outcome
        self.reason = reason
        self.playedMs = playedMs
        self.airedOnRetry = airedOnRetry
    }

    /// Why a planned airing that was due has no row in the log.
    public static let notRecordedReason = "không có trong sổ nhật ký: loa không phát và không ghi lại (not in the log)"
}
