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

    /// The one place a planned airing's values become columns; text is stored NFC, as every comparison expects.
    private init(identity: AiringIdentity, plannedStartMs: Int64, dueMs: Int64, lengthMs: Int64, announcementID: String?,
                 title: String, campaign: String?, devices: [String], audioPath: String?, priority: Priority, revision: String) {
        plannedDate = identity.date.description
        self.identity = identity.description
        slot = identity.slot
        repetition = identity.repetition
        self.plannedStartMs = plannedStartMs
        self.dueMs = dueMs
        self.lengthMs = lengthMs
        self.announcementID = announcementID
        self.title = title.precomposedStringWithCanonicalMapping
        self.campaign = campaign?.precomposedStringWithCanonicalMapping
        zones = identity.zones.joined(separator: "+")
        self.devices = devices.joined(separator: " ")
        self.audioPath = audioPath
        self.priority = priority.rawValue
        configRevision = revision
    }

    init(_ a: PlannedAiring, revision: String) {
        self.init(identity: a.identity, plannedStartMs: a.startMs, dueMs: a.dueMs, lengthMs: a.lengthMs,
                  announcementID: a.announcementID, title: a.title, campaign: a.campaign, devices: a.devices,
                  audioPath: a.audio.path, priority: a.priority, revision: revision)
    }

    /// An airing of the timetable as it started (its length unknown here: the report does not use it).
    init(_ s: AiringStart, revision: String) {
        self.init(identity: s.identity, plannedStartMs: s.plannedStartMs, dueMs: s.plannedStartMs, lengthMs: 0,
                  announcementID: s.announcementID, title: s.title, campaign: s.campaign, devices: s.devices,
                  audioPath: s.audioPath, priority: s.priority, revision: revision)
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
