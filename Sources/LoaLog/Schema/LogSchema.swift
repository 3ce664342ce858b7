import GRDB

/// The airing log's tables, as a list of migrations that only ever grows: a newer loa upgrades an old
/// log in place, and an older loa recognises a log it cannot read (see `LogOpener`).
///
/// Every migration is literal SQL, frozen once released: nothing in it may come from code that can change
/// later (an enum's cases, a constant), or a log made by one release would not match the next. A change
/// to the tables is a new migration appended at the end, never an edit of an old one.
enum LogSchema {
    /// `PRAGMA application_id` of every loa log ("LOA!"): tells our file from any other SQLite file.
    static let applicationID: Int32 = 0x4C4F_4121

    /// In order; the identifiers are stored in each log's `grdb_migrations`.
    static let migrations: [(id: String, sql: String)] = [("v1", v1), ("v2", v2), ("v3", v3)]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (id, sql) in migrations {
            migrator.registerMigration(id) { db in try db.execute(sql: sql) }
        }
        return migrator
    }

    /// Instants are Unix milliseconds (UTC). `planned_date` is the station-local date of the identity, kept
    /// as text so that date-range queries need no time-zone arithmetic in SQL. Zones are joined with `+`
    /// as in the identity; devices with a space (ALSA names contain commas).
    ///
    /// Frozen: the text loa 1 made from its enums, written out; 1280262433 is `applicationID`.
    static let v1 = """
        PRAGMA application_id = 1280262433;
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
            trigger TEXT NOT NULL CHECK (trigger IN ('schedule', 'late', 'emergency', 'manual')),
            outcome TEXT NOT NULL CHECK (outcome IN ('on_air', 'aired', 'interrupted', 'failed', 'missed', 'skipped')),
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
            kind TEXT NOT NULL CHECK (kind IN ('start', 'stop', 'reload', 'clock_step', 'device_fault')),
            detail TEXT,
            config_revision TEXT
        );
        CREATE INDEX station_event_by_time ON station_event (at_ms);
        CREATE TABLE station (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """

    /// Per-zone outcomes, the record of what was planned, and a spoken text's hash.
    ///
    /// `airing_zone`: one row per zone an airing that started was meant for (missed and skipped airings
    /// apply to every zone alike and have none; neither have rows imported or written by loa 1).
    ///
    /// `planned_airing`: the announcement airings the daemon planned for each day, as it planned them —
    /// not the configuration's text. A past day's report needs exactly these rows; re-planning a stored
    /// configuration would also need every audio file's length as it was and the planner of that day.
    /// `planned_day` says a day's plan was recorded (a day with nothing planned has no `planned_airing`)
    /// and which configuration revision last changed it; a reload replaces the day's airings not yet due.
    /// `position` is the announcement's place in the configuration then, the report's order of announcements.
    static let v2 = """
        ALTER TABLE airing ADD COLUMN text_sha256 TEXT;
        CREATE TABLE airing_zone (
            airing_id INTEGER NOT NULL REFERENCES airing (id) ON DELETE CASCADE,
            zone TEXT NOT NULL,
            device TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('on_air', 'aired', 'interrupted', 'failed', 'missed', 'skipped')),
            reason TEXT,
            played_ms INTEGER,
            PRIMARY KEY (airing_id, zone)
        ) WITHOUT ROWID;
        CREATE TABLE planned_day (
            planned_date TEXT PRIMARY KEY,
            config_revision TEXT NOT NULL,
            recorded_ms INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE planned_airing (
            planned_date TEXT NOT NULL,
            identity TEXT NOT NULL,
            slot TEXT NOT NULL,
            repetition INTEGER NOT NULL,
            planned_start_ms INTEGER NOT NULL,
            due_ms INTEGER NOT NULL,
            length_ms INTEGER NOT NULL,
            announcement_id TEXT,
            title TEXT NOT NULL,
            campaign TEXT,
            zones TEXT NOT NULL,
            devices TEXT NOT NULL,
            audio_path TEXT,
            priority TEXT NOT NULL,
            config_revision TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (planned_date, identity)
        ) WITHOUT ROWID;
        CREATE INDEX planned_airing_by_campaign ON planned_airing (campaign, planned_date);
        """

    /// Indexes for the logbook's filters, newest first (`AiringLogReader.page`): by outcome, by campaign
    /// and outcome, and by the zones an airing was meant for (as stored, `+`-joined: the page asks for
    /// each stored combination that holds the zone). Each ends with the planned start, so SQLite walks
    /// only matching airings in the page's order and stops at its LIMIT; without them "missed airings"
    /// walked every airing back to the 51st missed one. Indexes only: every row stays as it was, and a
    /// loa that knows v2 alone refuses the upgraded log as newer (`LogOpener.verify`), as with v2.
    /// One transaction with the bookkeeping row (GRDB's migrator), so a crash leaves v2 or v3, never half.
    static let v3 = """
        CREATE INDEX airing_by_outcome ON airing (outcome, planned_start_ms);
        CREATE INDEX airing_by_campaign_outcome ON airing (campaign, outcome, planned_start_ms);
        CREATE INDEX airing_by_zones ON airing (zones, planned_start_ms);
        """
}
