import GRDBSQLite
import LoaCore

/// The current row of a query over `airing`, read column by column from SQLite without copying: the export
/// writes a million rows in constant memory by moving each field's bytes straight to its output buffer.
public struct RawAiringRow {
    let statement: OpaquePointer

    /// The columns, in the order every query selects them: `AiringRow`'s, then what schema v2 adds.
    public enum Column: Int32, CaseIterable, Sendable {
        case id, identity, attempt, plannedDate, slot, kind, repetition, plannedStartMs, startMs, endMs, playedMs
        case announcementID, title, campaign, zones, devices, audioPath, audioSHA256, priority, trigger, outcome, reason
        case configRevision
        /// Schema v2 (NULL in an older log).
        case textSHA256
        /// Schema v2: `zone=outcome` per zone, with the reason in brackets, joined by `; ` (NULL when none recorded).
        case zoneSummary
        /// Schema v2: the same as a JSON array of `{zone, device, outcome, reason, playedMs}`.
        case zoneJSON

        var key: AiringRow.CodingKeys? {
            switch self {
            case .id: .id
            case .identity: .identity
            case .attempt: .attempt
            case .plannedDate: .plannedDate
            case .slot: .slot
            case .kind: .kind
            case .repetition: .repetition
            case .plannedStartMs: .plannedStartMs
            case .startMs: .startMs
            case .endMs: .endMs
            case .playedMs: .playedMs
            case .announcementID: .announcementID
            case .title: .title
            case .campaign: .campaign
            case .zones: .zones
            case .devices: .devices
            case .audioPath: .audioPath
            case .audioSHA256: .audioSHA256
            case .priority: .priority
            case .trigger: .trigger
            case .outcome: .outcome
            case .reason: .reason
            case .configRevision: .configRevision
            case .textSHA256: .textSHA256
            case .zoneSummary, .zoneJSON: nil
            }
        }

        /// The select list: stored columns by `AiringRow`'s names; NULL for `text_sha256` in a log without
        /// schema v2, and for the zone outcomes when the log has none.
        static func selectList(schemaV2: Bool, zoneOutcomes: Bool) -> String {
            allCases.map { column in
                switch column {
                case .textSHA256 where !schemaV2, .zoneSummary where !zoneOutcomes, .zoneJSON where !zoneOutcomes: "NULL"
                case .zoneSummary: """
                    (SELECT group_concat(z, '; ') FROM (SELECT zone || '=' || outcome || coalesce(' (' || reason || ')', '') AS z
                     FROM airing_zone WHERE airing_id = airing.id ORDER BY zone))
                    """
                case .zoneJSON: """
                    (SELECT json_group_array(json_object('zone', zone, 'device', device, 'outcome', outcome, 'reason', reason,
                     'playedMs', played_ms)) FROM (SELECT * FROM airing_zone WHERE airing_id = airing.id ORDER BY zone)
                     HAVING count(*) > 0)
                    """
                default: column.key?.rawValue ?? "NULL"
                }
            }.joined(separator: ", ")
        }
    }

    public func isNull(_ column: Column) -> Bool { sqlite3_column_type(statement, column.rawValue) == SQLITE_NULL }

    public func int(_ column: Column) -> Int64? {
        isNull(column) ? nil : sqlite3_column_int64(statement, column.rawValue)
    }

    /// The UTF-8 bytes of a text column, valid until the next row; empty for NULL.
    public func bytes(_ column: Column) -> UnsafeRawBufferPointer {
        guard let base = sqlite3_column_text(statement, column.rawValue) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: base, count: Int(sqlite3_column_bytes(statement, column.rawValue)))
    }

    public func string(_ column: Column) -> String? {
        isNull(column) ? nil : String(decoding: bytes(column), as: UTF8.self)
    }

    /// The row as a value, for callers that keep it.
    public var record: AiringRecord {
        AiringRecord(
            id: AiringID(int(.id) ?? 0), identity: string(.identity) ?? "", attempt: Int(int(.attempt) ?? 1),
            plannedDate: string(.plannedDate).flatMap { try? LocalDate.parse($0).get() } ?? LocalDate(daysSinceEpoch: 0),
            slot: string(.slot) ?? "", kind: string(.kind).flatMap(PlannedAiring.Kind.init(rawValue:)) ?? .item,
            repetition: Int(int(.repetition) ?? 1), plannedStartMs: int(.plannedStartMs) ?? 0, startMs: int(.startMs),
            endMs: int(.endMs), playedMs: int(.playedMs), announcementID: string(.announcementID), title: string(.title) ?? "",
            campaign: string(.campaign), zones: (string(.zones) ?? "").split(separator: "+").map(String.init),
            devices: (string(.devices) ?? "").split(separator: " ").map(String.init), audioPath: string(.audioPath),
            audioSHA256: string(.audioSHA256), priority: string(.priority).flatMap(Priority.init(rawValue:)) ?? .normal,
            trigger: string(.trigger).flatMap(Trigger.init(rawValue:)) ?? .schedule,
            outcome: string(.outcome).flatMap(Outcome.init(rawValue:)) ?? .aired, reason: string(.reason),
            configRevision: string(.configRevision), textSHA256: string(.textSHA256),
            zoneOutcomes: ZoneOutcome.decodeList(string(.zoneJSON)))
    }
}
