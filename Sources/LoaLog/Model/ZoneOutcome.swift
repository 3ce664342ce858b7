import Foundation
import GRDB

/// What one airing did in one of its zones: a zone's loudspeakers heard it whole, or did not, and why.
///
/// An airing's overall outcome follows from these (`overall`): aired when any zone aired it whole, so a
/// zone's dead device does not hide that the rest of the commune heard it; the other zones are counted
/// failed or interrupted in the report's zone table and listed among its exceptions.
public struct ZoneOutcome: Hashable, Sendable, Codable {
    public var zone: String
    /// The ALSA device the zone played on.
    public var device: String
    public var outcome: Outcome
    public var reason: String?
    /// How much of the audio this zone played.
    public var playedMs: Int64?

    public init(zone: String, device: String, outcome: Outcome, reason: String? = nil, playedMs: Int64? = nil) {
        self.zone = zone
        self.device = device
        self.outcome = outcome
        self.reason = reason
        self.playedMs = playedMs
    }

    /// The airing's outcome from its zones': aired if any zone aired whole; else interrupted if any was
    /// cut (it was on air somewhere); else failed.
    public static func overall(_ zones: [ZoneOutcome]) -> Outcome {
        if zones.contains(where: { $0.outcome == .aired }) { return .aired }
        if zones.contains(where: { $0.outcome == .interrupted }) { return .interrupted }
        if zones.contains(where: { $0.outcome == .onAir }) { return .onAir }
        return .failed
    }

    /// The export's JSON array of zone outcomes (`RawAiringRow.Column.zoneJSON`); empty for NULL.
    static func decodeList(_ json: String?) -> [ZoneOutcome] {
        guard let json else { return [] }
        return (try? JSONDecoder().decode([ZoneOutcome].self, from: Data(json.utf8))) ?? []
    }
}

/// A row of `airing_zone` (schema v2).
struct AiringZoneRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "airing_zone"

    var airingID: Int64
    var zone: String
    var device: String
    var outcome: Outcome
    var reason: String?
    var playedMs: Int64?

    enum CodingKeys: String, CodingKey {
        case airingID = "airing_id"
        case zone, device, outcome, reason
        case playedMs = "played_ms"
    }

    enum Columns {
        static let airingID = Column(CodingKeys.airingID)
        static let zone = Column(CodingKeys.zone)
        static let outcome = Column(CodingKeys.outcome)
    }

    init(airingID: Int64, _ z: ZoneOutcome) {
        self.airingID = airingID
        zone = z.zone
        device = z.device
        outcome = z.outcome
        reason = z.reason
        playedMs = z.playedMs
    }

    /// Whether the log holds any zone outcome: a log of loa before v2, or one imported, has none, and
    /// its queries then skip the per-row look-up (the export of a million rows reads no other table).
    static func anyRows(_ db: Database) throws -> Bool {
        try db.tableExists(databaseTableName) && Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM airing_zone)") == true
    }

    var value: ZoneOutcome { ZoneOutcome(zone: zone, device: device, outcome: outcome, reason: reason, playedMs: playedMs) }
}
