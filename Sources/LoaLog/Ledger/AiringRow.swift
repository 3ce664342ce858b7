import Foundation
import GRDB
import LoaCore

/// One row of `airing` as stored: every write goes through it (`insert`). Reads either decode it or, for
/// the export's row loop, select the columns `RawAiringRow.Column` lists in the same order.
struct AiringRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "airing"

    var id: Int64?
    var identity: String
    var attempt: Int
    var plannedDate: String
    var slot: String
    var kind: String
    var repetition: Int
    var plannedStartMs: Int64
    var startMs: Int64?
    var endMs: Int64?
    var playedMs: Int64?
    var announcementID: String?
    var title: String
    var campaign: String?
    var zones: String
    var devices: String
    var audioPath: String?
    var audioSHA256: String?
    var priority: String
    var trigger: Trigger
    var outcome: Outcome
    var reason: String?
    var configRevision: String?
    /// Schema v2: the hash of a spoken text's NFC UTF-8, for airings made by speech synthesis.
    var textSHA256: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, identity, attempt
        case plannedDate = "planned_date"
        case slot, kind, repetition
        case plannedStartMs = "planned_start_ms"
        case startMs = "start_ms"
        case endMs = "end_ms"
        case playedMs = "played_ms"
        case announcementID = "announcement_id"
        case title, campaign, zones, devices
        case audioPath = "audio_path"
        case audioSHA256 = "audio_sha256"
        case priority, trigger, outcome, reason
        case configRevision = "config_revision"
        case textSHA256 = "text_sha256"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let identity = Column(CodingKeys.identity)
        static let attempt = Column(CodingKeys.attempt)
        static let plannedDate = Column(CodingKeys.plannedDate)
        static let outcome = Column(CodingKeys.outcome)
        static let reason = Column(CodingKeys.reason)
        static let endMs = Column(CodingKeys.endMs)
        static let playedMs = Column(CodingKeys.playedMs)
    }

    /// The columns of schema v1, in the order the export and queries select them.
    static let v1ColumnNames = CodingKeys.allCases.filter { $0 != .textSHA256 }.map(\.rawValue)

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// A row for a planned instance; text is stored NFC, as every comparison expects.
    init(identity: AiringIdentity, attempt: Int, kind: PlannedAiring.Kind, plannedStartMs: Int64, startMs: Int64?,
         announcementID: String?, title: String, campaign: String?, devices: [String], audioPath: String?,
         audioSHA256: String?, priority: Priority, trigger: Trigger, outcome: Outcome, reason: String?,
         configRevision: String?, endMs: Int64? = nil, playedMs: Int64? = nil, textSHA256: String? = nil) {
        id = nil
        self.identity = identity.description
        self.attempt = attempt
        plannedDate = identity.date.description
        slot = identity.slot
        self.kind = kind.rawValue
        repetition = identity.repetition
        self.plannedStartMs = plannedStartMs
        self.startMs = startMs
        self.endMs = endMs
        self.playedMs = playedMs
        self.announcementID = announcementID
        self.title = title.precomposedStringWithCanonicalMapping
        self.campaign = campaign?.precomposedStringWithCanonicalMapping
        zones = identity.zones.joined(separator: "+")
        self.devices = devices.joined(separator: " ")
        self.audioPath = audioPath
        self.audioSHA256 = audioSHA256
        self.priority = priority.rawValue
        self.trigger = trigger
        self.outcome = outcome
        self.reason = reason
        self.configRevision = configRevision
        self.textSHA256 = textSHA256
    }

    /// The first write of an airing about to play.
    init(_ start: AiringStart, attempt: Int) {
        self.init(identity: start.identity, attempt: attempt, kind: start.kind, plannedStartMs: start.plannedStartMs,
                  startMs: start.startMs, announcementID: start.announcementID, title: start.title, campaign: start.campaign,
                  devices: start.devices, audioPath: start.audioPath, audioSHA256: start.audioSHA256, priority: start.priority,
                  trigger: start.trigger, outcome: .onAir, reason: nil, configRevision: start.configRevision,
                  textSHA256: start.textSHA256)
    }

    /// The row as the public value callers keep.
    var record: AiringRecord {
        AiringRecord(
            id: AiringID(id ?? 0), identity: identity, attempt: attempt,
            plannedDate: (try? LocalDate.parse(plannedDate).get()) ?? LocalDate(daysSinceEpoch: 0), slot: slot,
            kind: PlannedAiring.Kind(rawValue: kind) ?? .item, repetition: repetition, plannedStartMs: plannedStartMs,
            startMs: startMs, endMs: endMs, playedMs: playedMs, announcementID: announcementID, title: title, campaign: campaign,
            zones: zones.split(separator: "+").map(String.init), devices: devices.split(separator: " ").map(String.init),
            audioPath: audioPath, audioSHA256: audioSHA256, priority: Priority(rawValue: priority) ?? .normal, trigger: trigger,
            outcome: outcome, reason: reason, configRevision: configRevision, textSHA256: textSHA256)
    }
}

extension Outcome: DatabaseValueConvertible {}
extension Trigger: DatabaseValueConvertible {}
