import Foundation
import GRDB
import LoaCore

/// The one INSERT every kind of row goes through, so columns are named in one place.
enum AiringRow {
    static let insertSQL = """
        INSERT INTO airing (identity, attempt, planned_date, slot, kind, repetition, planned_start_ms, start_ms,
            announcement_id, title, campaign, zones, devices, audio_path, audio_sha256, priority, trigger, outcome,
            reason, config_revision, end_ms, played_ms)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func insert(_ db: Database, identity: AiringIdentity, attempt: Int, kind: PlannedAiring.Kind, plannedStartMs: Int64,
                       startMs: Int64?, announcementID: String?, title: String, campaign: String?, devices: [String],
                       audioPath: String?, audioSHA256: String?, priority: Priority, trigger: Trigger, outcome: Outcome,
                       reason: String?, configRevision: String?, endMs: Int64? = nil, playedMs: Int64? = nil,
                       orIgnore: Bool = false) throws {
        let sql = orIgnore ? insertSQL.replacingOccurrences(of: "INSERT INTO", with: "INSERT OR IGNORE INTO") : insertSQL
        let statement = try db.cachedStatement(sql: sql)
        let arguments: StatementArguments = [
            identity.description, attempt, identity.date.description, identity.slot, kind.rawValue, identity.repetition,
            plannedStartMs, startMs, announcementID, title.precomposedStringWithCanonicalMapping,
            campaign?.precomposedStringWithCanonicalMapping, identity.zones.joined(separator: "+"),
            devices.joined(separator: " "), audioPath, audioSHA256, priority.rawValue, trigger.rawValue, outcome.rawValue,
            reason, configRevision, endMs, playedMs,
        ]
        try statement.execute(arguments: arguments)
    }
}
