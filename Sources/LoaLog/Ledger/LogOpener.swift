import Foundation
import GRDB

/// Opens a log file only after making sure it is one: every check that can refuse a file is done by
/// reading, before any write (even `PRAGMA journal_mode = WAL` rewrites the header), so a file that is not
/// ours, or is newer than us, is never touched.
enum LogOpener {
    static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)
    /// How long every connection waits for a lock someone else holds: a daemon restarted by systemd
    /// while an export reads, or while the last one's crash is recovered, must wait, not give up.
    static let lockWait: TimeInterval = 5

    enum Existing { case none, empty, database }

    /// What is at `path` now: nothing, an empty file (SQLite's empty database), or a SQLite database.
    static func inspect(_ path: String) throws(LogError) -> Existing {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return .none }
            throw .database(path: path, message: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notALoaLog(path: path) }
        if info.st_size == 0 { return .empty }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path: path, file: path) }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: sqliteMagic.count)) ?? Data()
        guard Array(header) == sqliteMagic else { throw .notALoaLog(path: path) }
        return .database
    }

    /// Read-only checks on an existing database: it is a loa log, and no newer than this loa.
    ///
    /// Read-only first. A read-only connection cannot replay what a crash left in a hot journal or WAL
    /// (SQLITE_READONLY_ROLLBACK, _RECOVERY, _CANTINIT): the writer then checks through a read-write
    /// connection that performs nothing but SQLite's own crash recovery before the same reads.
    static func verify(_ path: String, openAs: String? = nil, allowRecovery: Bool = false) throws(LogError) {
        do {
            try verify(path, openAs: openAs ?? path, readonly: true)
        } catch let error as DatabaseError where allowRecovery && error.resultCode == .SQLITE_READONLY {
            do { try verify(path, openAs: path, readonly: false) } catch { throw map(error, path: path) }
        } catch {
            throw map(error, path: path)
        }
    }

    private static func verify(_ path: String, openAs: String, readonly: Bool) throws {
        var config = Configuration()
        config.readonly = readonly
        config.busyMode = .timeout(lockWait)
        let queue = try DatabaseQueue(path: openAs, configuration: config)
        defer { try? queue.close() }
        try queue.read { db in
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            guard tables > 0 else { return }
            let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if appID == 0, try isUnfinishedCreation(db) { return }
            guard appID == LogSchema.applicationID else { throw LogError.notALoaLog(path: path) }
            let migrator = LogSchema.migrator
            if try migrator.hasBeenSuperseded(db) {
                let known = Set(migrator.migrations)
                let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
                throw LogError.newerVersion(path: path, unknown: unknown)
            }
        }
    }

    /// A log whose creation was cut short (killed after GRDB made its bookkeeping table, before the first
    /// migration committed) holds nothing but that empty table: it is a new log, not a stranger's file.
    private static func isUnfinishedCreation(_ db: Database) throws -> Bool {
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master")
        guard names == ["grdb_migrations"] || names.allSatisfy({ $0 == "grdb_migrations" || $0.hasPrefix("sqlite_autoindex_grdb_migrations") }) else {
            return false
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") == 0
    }

    /// The writer: WAL, so readers (export, report) never block the daemon; synchronous FULL, so a
    /// committed `on_air` row survives a power cut as well as a crash.
    static func writer(_ path: String) throws(LogError) -> DatabaseQueue {
        let folder = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw .missingFolder(path: path)
        }
        let existing = try inspect(path)
        if existing == .database { try verify(path, allowRecovery: true) }
        // access() says yes to root everywhere but on a read-only mount; SQLite's own error covers the rest.
        if existing != .none, access(path, W_OK) != 0 { throw .readOnly(path: path) }
        if access(folder.isEmpty ? "." : folder, W_OK) != 0 { throw .readOnly(path: path) }
        var config = Configuration()
        config.busyMode = .timeout(lockWait)
        // Not `config.journalMode = .wal`: GRDB then lowers synchronous to NORMAL after this runs.
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try LogSchema.migrator.migrate(queue)
            return queue
        } catch {
            throw map(error, path: path)
        }
    }

    /// The daemon's own read-only connection beside its writer (the log is already opened and upgraded),
    /// with a small page cache: it reads a day or two of the index. It waits half a second at most for a
    /// program holding the log in exclusive locking mode (which keeps even WAL readers out): the scheduler
    /// reads at the pre-roll, two seconds before an instant, and decides from what it knew when it cannot.
    static func lookups(_ path: String) throws(LogError) -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(0.5)
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -256") }
        do { return try DatabaseQueue(path: path, configuration: config) } catch { throw map(error, path: path) }
    }

    /// A read-only connection for export, report and the logbook: they can never change the log.
    static func reader(_ path: String) throws(LogError) -> DatabaseQueue {
        switch try inspect(path) {
        case .none: throw .notFound(path: path)
        case .empty: throw .notALoaLog(path: path)
        case .database: break
        }
        let openAs = try ReaderAccess.uri(for: path)
        do {
            try verify(path, openAs: openAs)
        } catch .readOnly {
            // The read-only connection could not be opened: it is about reading, not writing.
            throw ReaderAccess.whyUnreadable(path)
        }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(lockWait)
        do {
            let queue = try DatabaseQueue(path: openAs, configuration: config)
            // A log the daemon has not upgraded yet is read as it is: its first migration is enough, and
            // queries of later tables find them missing and read nothing from them.
            let applied = try queue.read { db in try LogSchema.migrator.appliedIdentifiers(db) }
            guard applied.contains("v1") else { throw LogError.notALoaLog(path: path) }
            return queue
        } catch {
            let error = map(error, path: path)
            if case .readOnly = error { throw ReaderAccess.whyUnreadable(path) }
            throw error
        }
    }

    static func map(_ error: any Error, path: String) -> LogError {
        if let error = error as? LogError { return error }
        guard let error = error as? DatabaseError else { return .database(path: path, message: "\(error)") }
        switch error.resultCode {
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_BUSY: return .busy(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_NOTADB: return .notALoaLog(path: path)
        case .SQLITE_CANTOPEN where access(path, W_OK) != 0: return .readOnly(path: path)
        case .SQLITE_IOERR where errno == ENOSPC: return .diskFull(path: path)
        default: return .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
