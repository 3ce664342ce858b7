import GRDB
import LoaCore

/// The daemon's side of the airing log: the only writer.
///
/// Two-phase: `begin` commits an `on_air` row before the first sample is played, `finish` completes it
/// after the last. Each write is its own transaction with synchronous FULL, so once `begin` returns the
/// row survives a crash or power cut. A planned identity is recorded once (`UNIQUE(identity, attempt)`);
/// the one exception is an airing interrupted or failed, which may be aired again from its start as a
/// new attempt (an emergency preempted it) — asked for explicitly with `retry: true`.
public final class AiringLog: Sendable {
    public let path: String
    let queue: DatabaseQueue

    /// Rows that were left on air by the previous run, now interrupted.
    public let recovered: [AiringID]

    public static let stoppedReason = "loa dừng khi đang phát (daemon stopped during the airing)"

    /// Opens or creates the log, upgrades its schema, and closes what a crash left on air.
    public init(path: String) throws(LogError) {
        self.path = path
        queue = try LogOpener.writer(path)
        do {
            recovered = try queue.write { db in
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM airing WHERE outcome = 'on_air' ORDER BY id")
                try db.execute(sql: "UPDATE airing SET outcome = 'interrupted', reason = ? WHERE outcome = 'on_air'",
                               arguments: [Self.stoppedReason])
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

    /// The first write: the airing is on air. Throws `alreadyRecorded` when the instance is in the log.
    @discardableResult
    public func begin(_ start: AiringStart, retry: Bool = false) throws(LogError) -> AiringID {
        try write { db in
            let identity = start.identity.description
            let previous = try Row.fetchOne(db, sql: "SELECT attempt, outcome FROM airing WHERE identity = ? ORDER BY attempt DESC LIMIT 1",
                                            arguments: [identity])
            var attempt = 1
            if let previous {
                let outcome = Outcome(rawValue: previous["outcome"]) ?? .aired
                guard retry, outcome == .interrupted || outcome == .failed else {
                    throw LogError.alreadyRecorded(identity: identity, outcome: outcome)
                }
                attempt = (previous["attempt"] as Int) + 1
            }
            try AiringRow.insert(db, identity: start.identity, attempt: attempt, kind: start.kind,
                                 plannedStartMs: start.plannedStartMs, startMs: start.startMs,
                                 announcementID: start.announcementID, title: start.title, campaign: start.campaign,
                                 devices: start.devices, audioPath: start.audioPath, audioSHA256: start.audioSHA256,
                                 priority: start.priority, trigger: start.trigger, outcome: .onAir, reason: nil,
                                 configRevision: start.configRevision)
            return AiringID(db.lastInsertedRowID)
        }
    }

    /// The second write: how the airing ended.
    public func finish(_ id: AiringID, outcome: Outcome, endMs: Int64, playedMs: Int64, reason: String? = nil) throws(LogError) {
        guard outcome == .aired || outcome == .interrupted || outcome == .failed else { throw .invalidOutcome(outcome) }
        try write { db in
            guard let current = try String.fetchOne(db, sql: "SELECT outcome FROM airing WHERE id = ?", arguments: [id.rawValue]) else {
                throw LogError.noSuchAiring(id)
            }
            guard current == Outcome.onAir.rawValue else { throw LogError.notOnAir(id, outcome: Outcome(rawValue: current) ?? .aired) }
            try db.execute(sql: "UPDATE airing SET outcome = ?, end_ms = ?, played_ms = ?, reason = ? WHERE id = ?",
                           arguments: [outcome.rawValue, endMs, playedMs, reason, id.rawValue])
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
                try AiringRow.insert(db, identity: a.identity, attempt: 1, kind: a.kind, plannedStartMs: a.startMs, startMs: nil,
                                     announcementID: a.announcementID, title: a.title, campaign: a.campaign, devices: a.devices,
                                     audioPath: a.audio.path, audioSHA256: nil, priority: a.priority, trigger: .schedule,
                                     outcome: outcome, reason: reason, configRevision: configRevision, orIgnore: true)
                added += db.changesCount
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
            try Set(String.fetchAll(db, sql: "SELECT identity FROM airing WHERE planned_date BETWEEN ? AND ?",
                                    arguments: [first.description, last.description]))
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
        do { try queue.close() } catch { throw LogOpener.map(error, path: path) }
    }

    func write<T>(_ body: (Database) throws -> T) throws(LogError) -> T {
        do { return try queue.write(body) } catch { throw LogOpener.map(error, path: path) }
    }

    func read<T>(_ body: (Database) throws -> T) throws(LogError) -> T {
        do { return try queue.read(body) } catch { throw LogOpener.map(error, path: path) }
    }
}
