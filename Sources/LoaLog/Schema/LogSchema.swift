import GRDB

/// The airing log's tables, as a list of migrations that only ever grows: a newer loa upgrades an old
/// log in place, and an older loa recognises a log it cannot read (see `LogOpener`).
enum LogSchema {
    /// `PRAGMA application_id` of every loa log ("LOA!"): tells our file from any other SQLite file.
    static let applicationID: Int32 = 0x4C4F_4121

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: v1)
        }
        return migrator
    }

    static let outcomes = Outcome.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    static let triggers = Trigger.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    static let eventKinds = StationEvent.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// Instants are Unix milliseconds (UTC). `planned_date` is the station-local date of the identity, kept
    /// as text so that date-range queries need no time-zone arithmetic in SQL. Zones are joined with `+`
    /// as in the identity; devices with a space (ALSA names contain commas).
    static let v1 = """
        CREATE TABLE airing (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL,
            attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),
            planned_date TEXT NOT NULL,
            slot TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('intro', 'item', 'outro')),
            repetition INTEGER NOT NULL,
            planned_start_ms INTEGER NOT NULL,
            start_ms INTEGER,
            end_ms INTEGER,
            played_ms INTEGER,
            announcement_id TEXT,
            title TEXT NOT NULL,
            campaign TEXT,
            zones TEXT NOT NULL,
            devices TEXT NOT NULL,
            audio_path TEXT,
            audio_sha256 TEXT,
            priority TEXT NOT NULL,
            trigger TEXT NOT NULL CHECK (trigger IN (\(triggers))),
            outcome TEXT NOT NULL CHECK (outcome IN (\(outcomes))),
            reason TEXT,
            config_revision TEXT,
            UNIQUE (identity, attempt)
        );
        CREATE INDEX airing_by_start ON airing (planned_start_ms);
        CREATE INDEX airing_by_date ON airing (planned_date);
        CREATE INDEX airing_by_campaign ON airing (campaign, planned_start_ms);
        CREATE INDEX airing_by_announcement ON airing (announcement_id, planned_start_ms);
        CREATE INDEX airing_on_air ON airing (outcome) WHERE outcome = 'on_air';
        CREATE TABLE station_event (
            id INTEGER PRIMARY KEY,
            at_ms INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN (\(eventKinds))),
            detail TEXT,
            config_revision TEXT
        );
        CREATE INDEX station_event_by_time ON station_event (at_ms);
        CREATE TABLE station (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
}
