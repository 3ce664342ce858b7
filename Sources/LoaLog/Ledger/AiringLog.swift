import GRDB
import LoaCore

/// The daemon's side of the airing log: the only writer.
///
/// Two-phase: `begin` commits an `on_air` row before the first sample is played, `finish` completes it
/// after the last. Each write is its own transaction with synchronous FULL, so once `begin` returns the
/// row survives a crash or power cut. A planned identity is recorded once (`UNIQUE(identity, attempt)`);
/// the one exception is an airing interrupted or failed, which may be aired again from its start as a
/// new attempt (an emergency, a stop or a crash cut it) — asked for explicitly with `retry: true`.
public final class AiringLog: Sendable {
    public let path: String
    let queue: DatabaseQueue
    /// A second, read-only connection for the scheduler's lookups (`recordedInstances`): the writer's
    /// connection is busy for as long as another program holds the log locked, this one is not (WAL
    /// readers never wait for a writer).
    let lookups: DatabaseQueue

    /// Rows that were left on air by the previous run, now interrupted.
    public let recovered: [AiringID]

    public static let stoppedReason = "loa dừng khi đang phát (daemon stopped during the airing)"

    /// Opens or creates the log, upgrades its schema, and closes what a crash left on air.
    public init(path: String) throws(LogError) {
        self.path = path
        queue = try LogOpener.writer(path)
        lookups = try LogOpener.lookups(path)
        do {
            recovered = try queue.write { db in
                let onAir = AiringRow.filter(AiringRow.Columns.outcome == Outcome.onAir)
                let ids = try Int64.fetchAll(db, onAir.select(AiringRow.Columns.id).order(AiringRow.Columns.id))
                // How long it played is what `noteProgress` last wrote (nil if it never did): it ended then.
                try db.execute(sql: """
                    UPDATE airing SET outcome = 'interrupted', reason = ?,
                        end_ms = CASE WHEN played_ms IS NOT NULL THEN start_ms + played_ms END
                    WHERE outcome = 'on_air'
                    """, arguments: [Self.stoppedReason])
                try AiringZoneRow.filter(AiringZoneRow.Columns.outcome == Outcome.onAir)
                    .updateAll(db, AiringZoneRow.Columns.outcome.set(to: Outcome.interrupted),
                               Column("reason").set(to: Self.stoppedReason))
                return ids.map(AiringID.init)
            }
        } catch {
            throw LogOpener.map(error, path: path)
        }
    }

    /// The station whose log this is: export and the logbook show times in its zone.
    public func setStation(name: String, timeZoneID: String) throws(LogError) {
        try write { db in
            for (key, value) in [("name", name), ("timezone", timeZoneID)] {
                try db.execute(sql: "INSERT INTO station (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                               arguments: [key, value])
            }
        }
    }

    /// The first write: the airing is on air, in each of its zones (`zoneDevices`: zone id → its device;
    /// none for callers that do not know them). Throws `alreadyRecorded` when the instance is in the log.
    @discardableResult
    public func begin(_ start: AiringStart, zoneDevices: [String: String] = [:], retry: Bool = false) throws(LogError) -> AiringID {
        try write { db in
            let identity = start.identity.description
            let previous = try AiringRow.filter(AiringRow.Columns.identity == identity)
                .order(AiringRow.Columns.attempt.desc).fetchOne(db)
            var attempt = 1
            if let previous {
                guard retry, previous.outcome == .interrupted || previous.outcome == .failed else {
                    throw LogError.alreadyRecorded(identity: identity, outcome: previous.outcome)
                }
                attempt = previous.attempt + 1
            }
            var row = AiringRow(start, attempt: attempt)
            try row.insert(db)
            if start.kind == .item, start.trigger == .schedule || start.trigger == .late, let revision = start.configRevision {
                try Self.keepPlanned(db, PlannedRow(start, revision: revision))
            }
            let id = row.id ?? db.lastInsertedRowID
            for zone in start.identity.zones where !zoneDevices.isEmpty {
                try AiringZoneRow(airingID: id, ZoneOutcome(zone: zone, device: zoneDevices[zone] ?? "", outcome: .onAir)).insert(db)
            }
            return AiringID(id)
        }
    }

    /// The second write: how the airing ended, overall and in each zone (`zones`: empty when not known).
    public func finish(_ id: AiringID, outcome: Outcome, endMs: Int64, playedMs: Int64, reason: String? = nil,
                       zones: [ZoneOutcome] = []) throws(LogError) {
        guard outcome == .aired || outcome == .interrupted || outcome == .failed else { throw .invalidOutcome(outcome) }
        try write { db in
            guard var row = try AiringRow.fetchOne(db, key: id.rawValue) else { throw LogError.noSuchAiring(id) }
            guard row.outcome == .onAir else { throw LogError.notOnAir(id, outcome: row.outcome) }
            row.outcome = outcome
            row.endMs = endMs
            row.playedMs = playedMs
            row.reason = reason
            try row.update(db, columns: [AiringRow.CodingKeys.outcome.rawValue, AiringRow.CodingKeys.endMs.rawValue,
                                         AiringRow.CodingKeys.playedMs.rawValue, AiringRow.CodingKeys.reason.rawValue])
            for zone in zones { try AiringZoneRow(airingID: id.rawValue, zone).save(db) }
        }
    }

    /// While an airing plays: how much of it has played so far, so that if loa is killed or the power
    /// goes, the row closed as interrupted at the next start says how long it played (to within the
    /// interval of these calls). Only a row still on air is changed; its end stays unset.
    public func noteProgress(_ id: AiringID, playedMs: Int64) throws(LogError) {
        try write { db in
            try db.execute(sql: "UPDATE airing SET played_ms = ? WHERE id = ? AND outcome = 'on_air'", arguments: [playedMs, id.rawValue])
            try db.execute(sql: "UPDATE airing_zone SET played_ms = ? WHERE airing_id = ? AND outcome = 'on_air'",
                           arguments: [playedMs, id.rawValue])
        }
    }

    /// Records planned instances that did not air (`missed` or `skipped`), in one transaction. Instances
    /// already in the log are left alone; returns how many rows were added.
    @discardableResult
    public func recordNotAired(_ airings: [PlannedAiring], outcome: Outcome = .missed, reason: String,
                               configRevision: String?) throws(LogError) -> Int {
        guard outcome == .missed || outcome == .skipped else { throw .invalidOutcome(outcome) }
        return try write { db in
            var added = 0
            for a in airings {
                var row = AiringRow(identity: a.identity, attempt: 1, kind: a.kind, plannedStartMs: a.startMs, startMs: nil,
                                    announcementID: a.announcementID, title: a.title, campaign: a.campaign, devices: a.devices,
                                    audioPath: a.audio.path, audioSHA256: nil, priority: a.priority, trigger: .schedule,
                                    outcome: outcome, reason: reason, configRevision: configRevision)
                try row.insert(db, onConflict: .ignore)
                added += db.changesCount
                if a.kind == .item, let configRevision { try Self.keepPlanned(db, PlannedRow(a, revision: configRevision)) }
            }
            return added
        }
    }

    /// The instances of `plan` that were due before `cutoffMs` and are not in the log at all: what the
    /// daemon records as missed when it starts after being down. In plan order.
    public func dueButUnrecorded(_ plan: [PlannedAiring], cutoffMs: Int64) throws(LogError) -> [PlannedAiring] {
        let due = plan.filter { $0.dueMs < cutoffMs }
        guard let first = due.map(\.date).min(), let last = due.map(\.date).max() else { return [] }
        let recorded = try read { db in
            try Set(String.fetchAll(db, AiringRow.select(AiringRow.Columns.identity)
                .filter(AiringRow.Columns.plannedDate >= first.description && AiringRow.Columns.plannedDate <= last.description)))
        }
        return due.filter { !recorded.contains($0.identity.description) }
    }

    public func record(_ event: StationEvent) throws(LogError) {
        try write { db in
            try db.execute(sql: "INSERT INTO station_event (at_ms, kind, detail, config_revision) VALUES (?, ?, ?, ?)",
                           arguments: [event.atMs, event.kind.rawValue, event.detail, event.configRevision])
        }
    }

    /// Queries through the writer's connection (the daemon's status, tests).
    public var reader: AiringLogReader { AiringLogReader(queue: queue, path: path) }

    public func close() throws(LogError) {
        do {
            try lookups.close()
            try queue.close()
        } catch {
            throw LogOpener.map(error, path: path)
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(LogError) -> T {
        do { return try queue.write(body) } catch { throw LogOpener.map(error, path: path) }
    }

    func read<T>(_ body: (Database) throws -> T) throws(LogError) -> T {
        do { return try queue.read(body) } catch { throw LogOpener.map(error, path: path) }
    }
}
