import Foundation
import GRDB
import LoaCore

/// A row of `planned_airing` (schema v2): one announcement airing the daemon planned, as it planned it.
struct PlannedRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "planned_airing"

    var plannedDate: String
    var identity: String
    var slot: String
    var repetition: Int
    var plannedStartMs: Int64
    var dueMs: Int64
    var lengthMs: Int64
    var announcementID: String?
    var title: String
    var campaign: String?
    var zones: String
    var devices: String
    var audioPath: String?
    var priority: String
    var configRevision: String
    /// The announcement's place in the configuration's order when it was planned.
    var position: Int = 0

    enum CodingKeys: String, CodingKey {
        case plannedDate = "planned_date"
        case identity, slot, repetition
        case plannedStartMs = "planned_start_ms"
        case dueMs = "due_ms"
        case lengthMs = "length_ms"
        case announcementID = "announcement_id"
        case title, campaign, zones, devices
        case audioPath = "audio_path"
        case priority
        case configRevision = "config_revision"
        case position
    }

    enum Columns {
        static let plannedDate = Column(CodingKeys.plannedDate)
        static let dueMs = Column(CodingKeys.dueMs)
        static let campaign = Column(CodingKeys.campaign)
    }

    init(_ a: PlannedAiring, revision: String) {
        plannedDate = a.date.description
        identity = a.identity.description
        slot = a.identity.slot
        repetition = a.identity.repetition
        plannedStartMs = a.startMs
        dueMs = a.dueMs
        lengthMs = a.lengthMs
        announcementID = a.announcementID
        title = a.title.precomposedStringWithCanonicalMapping
        campaign = a.campaign?.precomposedStringWithCanonicalMapping
        zones = a.identity.zones.joined(separator: "+")
        devices = a.devices.joined(separator: " ")
        audioPath = a.audio.path
        priority = a.priority.rawValue
        configRevision = revision
    }

    /// An airing of the timetable as it started (its length unknown here: the report does not use it).
    init(_ s: AiringStart, revision: String) {
        plannedDate = s.identity.date.description
        identity = s.identity.description
        slot = s.identity.slot
        repetition = s.identity.repetition
        plannedStartMs = s.plannedStartMs
        dueMs = s.plannedStartMs
        lengthMs = 0
        announcementID = s.announcementID
        title = s.title.precomposedStringWithCanonicalMapping
        campaign = s.campaign?.precomposedStringWithCanonicalMapping
        zones = s.identity.zones.joined(separator: "+")
        devices = s.devices.joined(separator: " ")
        audioPath = s.audioPath
        priority = s.priority.rawValue
        configRevision = revision
    }

    /// The planned airing again, as the report compares it with the log; its identity is the stored text.
    var airing: PlannedAiring? {
        guard let id = AiringIdentity(identity) else { return nil }
        let path = audioPath ?? ""
        return PlannedAiring(identity: id, kind: .item, startMs: plannedStartMs, dueMs: dueMs, lengthMs: lengthMs,
                             slotID: slot.hasPrefix("@") ? nil : slot, announcementID: announcementID, title: title,
                             campaign: campaign, zones: id.zones, devices: devices.split(separator: " ").map(String.init),
                             audio: AudioRef(written: path, path: path), priority: Priority(rawValue: priority) ?? .normal, gainDB: 0)
    }
}

/// A row of `planned_day`: the day's plan is recorded, and which revision last changed it.
struct PlannedDayRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "planned_day"
    var plannedDate: String
    var configRevision: String
    var recordedMs: Int64

    enum CodingKeys: String, CodingKey {
        case plannedDate = "planned_date"
        case configRevision = "config_revision"
        case recordedMs = "recorded_ms"
    }
}
