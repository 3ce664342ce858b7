import LoaCore

/// The database id of one row of the airing log.
public struct AiringID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// One row of the airing log, as read back.
///
/// Instants are Unix milliseconds in UTC; they are shown in station time only when printed.
public struct AiringRecord: Hashable, Sendable {
    public var id: AiringID
    /// `AiringIdentity.description`: the planned instance this row is about.
    public var identity: String
    /// 1, or more when an interrupted instance is aired again from its start.
    public var attempt: Int
    /// The planned date in the station's time zone (the identity's date).
    public var plannedDate: LocalDate
    /// A slot id, or `@HH:MM` for a fixed time.
    public var slot: String
    public var kind: PlannedAiring.Kind
    public var repetition: Int
    public var plannedStartMs: Int64
    /// Nil for an airing that never started (missed, skipped).
    public var startMs: Int64?
    /// Nil while on air, and for an airing that never started.
    public var endMs: Int64?
    /// How much of the audio was played.
    public var playedMs: Int64?
    public var announcementID: String?
    public var title: String
    public var campaign: String?
    /// Sorted zone ids.
    public var zones: [String]
    public var devices: [String]
    public var audioPath: String?
    public var audioSHA256: String?
    public var priority: Priority
    public var trigger: Trigger
    public var outcome: Outcome
    public var reason: String?
    public var configRevision: String?
    /// Schema v2: the hash of a spoken text, when the audio was synthesised from text.
    public var textSHA256: String? = nil
    /// Schema v2: the airing's outcome in each of its zones, when the daemon recorded them (empty for
    /// airings that never started and for rows of older logs).
    public var zoneOutcomes: [ZoneOutcome] = []
}
