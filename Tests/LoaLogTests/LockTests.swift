import Foundation
import GRDB
import LoaTestSupport
import Testing
@testable import LoaLog

/// Someone else holding the log's lock for a moment: the daemon restarted by systemd while the crash
/// before it is being recovered, or while a database browser writes. Opening waits, it does not give up.
@Suite struct LockTests {
    /// A connection in SQLite's exclusive locking mode that has written keeps every other connection,
    /// reader or writer, out of the file until it closes: what a WAL recovery or a browser's edit does.
    final class Holder: Sendable {
        let queue: DatabaseQueue

        init(_ path: String) throws {
            var config = Configuration()
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE") }
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.inDatabase { db in try db.execute(sql: "BEGIN EXCLUSIVE; COMMIT") }
        }

        func release(after seconds: Double) {
            Thread.detachNewThread { [queue] in
                Thread.sleep(forTimeInterval: seconds)
                try? queue.close()
            }
        }
    }

    static func logWithOneAiring(in folder: TemporaryFolder) throws -> String {
        let path = folder.file("airings.sqlite")
        let log = try AiringLog(path: path)
        let id = try log.begin(Sample.start())
        try log.finish(id, outcome: .aired, endMs: 1, playedMs: 1)
        try log.close()
        return path
    }

    @Test func theDaemonWaitsForALogHeldForAMomentAndFindsItsRecords() async throws {
        let folder = try TemporaryFolder()
        let path = try Self.logWithOneAiring(in: folder)
        let holder = try Holder(path)
        // The lock is really held: a connection that does not wait is refused.
        var impatient = Configuration()
        impatient.readonly = true
        #expect(throws: DatabaseError.self) { try DatabaseQueue(path: path, configuration: impatient).read { try Int.fetchOne($0, sql: "SELECT 1") } }

        let openedAt = Date()
        holder.release(after: 0.8)
        let log = try await onOwnThread { try AiringLog(path: path) }
        #expect(Date().timeIntervalSince(openedAt) >= 0.5, "it opened while the lock was held")
        #expect(try log.reader.records().map(\.outcome) == [.aired])
    }

    @Test func anExportWaitsForALogHeldForAMoment() async throws {
        let folder = try TemporaryFolder()
        let path = try Self.logWithOneAiring(in: folder)
        let holder = try Holder(path)
        holder.release(after: 0.8)
        let reader = try await onOwnThread { try AiringLogReader(path: path) }
        #expect(try reader.records().map(\.title) == ["Chủ đề Tháng hành động năm 2023"])
    }

    @Test func aLogHeldLongerThanLoaWaitsIsNamedWithWhatToDo() async throws {
        let folder = try TemporaryFolder()
        let path = try Self.logWithOneAiring(in: folder)
        let holder = try Holder(path)
        var error: LogError?
        do { _ = try await onOwnThread { try AiringLog(path: path) } } catch let refused as LogError { error = refused }
        #expect(error == .busy(path: path))
        #expect(error?.description.contains("held by another program") == true && error?.description.contains("Close that program") == true,
                "\(String(describing: error))")
        try holder.queue.close()
        #expect(try AiringLogReader(path: path).records().count == 1, "nothing recorded was lost")
    }
}
