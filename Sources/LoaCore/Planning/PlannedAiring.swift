/// One airing the timetable asks for.
public struct PlannedAiring: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable {
        case intro, item, outro
    }

    public var identity: AiringIdentity
    public var kind: Kind
    /// When the first sample should play, Unix milliseconds.
    public var startMs: Int64
    /// When it was due; later than `startMs` never, equal unless another airing held its devices.
    public var dueMs: Int64
    /// The expected length, from the audio file.
    public var lengthMs: Int64
    public var slotID: String?
    /// Nil for a session's intro and outro.
    public var announcementID: String?
    public var title: String
    public var campaign: String?
    /// Sorted zone ids.
    public var zones: [String]
    /// The distinct ALSA devices of those zones, sorted.
    public var devices: [String]
    public var audio: AudioRef
    public var priority: Priority
    public var gainDB: Double

    /// Public, so code outside the planner can make a planned airing of its own: the daemon's manual and
    /// emergency airings, the airing log's tests.
    public init(identity: AiringIdentity, kind: Kind, startMs: Int64, dueMs: Int64, lengthMs: Int64, slotID: String?,
                announcementID: String?, title: String, campaign: String?, zones: [String], devices: [String],
                audio: AudioRef, priority: Priority, gainDB: Double) {
        self.identity = identity
        self.kind = kind
        self.startMs = startMs
        self.dueMs = dueMs
        self.lengthMs = lengthMs
        self.slotID = slotID
        self.announcementID = announcementID
        self.title = title
        self.campaign = campaign
        self.zones = zones
        self.devices = devices
        self.audio = audio
        self.priority = priority
        self.gainDB = gainDB
    }

    public var endMs: Int64 { startMs + lengthMs }
    public var date: LocalDate { identity.date }
}

/// Something the planner could not do as written; reported, never silently dropped.
public struct PlanIssue: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Did not fit in what was left of its session.
        case overflow(neededMs: Int64, leftMs: Int64)
        /// A fixed-time airing had to wait for its devices.
        case delayed(byMs: Int64)
        /// No duration is known for its audio, so it cannot be placed.
        case unknownDuration(path: String)
    }

    public var identity: AiringIdentity
    public var kind: Kind
    public var title: String
    public var campaign: String?
}

public struct Plan: Hashable, Sendable {
    /// In order of start, then identity.
    public var airings: [PlannedAiring]
    public var issues: [PlanIssue]

    public init(airings: [PlannedAiring] = [], issues: [PlanIssue] = []) {
        self.airings = airings
        self.issues = issues
    }
}
