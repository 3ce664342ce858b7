import Foundation
import LoaTestSupport
import Synchronization
import Testing
@testable import LoaLog

/// The daemon's writer queue against a log another process holds locked longer than SQLite waits (5 s):
/// the caller is never held, the rows wait, and they are written in order once the lock is gone.
@Suite struct LogWriteQueueTests {
    @Test func rowsQueuedWhileAnotherProcessHoldsTheLogPastSQLitesWaitAreWrittenInOrderOnceItIsReleased() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("airings.sqlite")
        let log = try AiringLog(path: path)
        let notes = folder.file("lock.notes")
        // Another process takes the write lock for 12 s (SQLite's 5 s wait is counted in the sleeps it plans, which a loaded machine stretches), and notes when it lets go.
        let locker = try Child("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys, time
            db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
            db.execute("BEGIN EXCLUSIVE")
            open(sys.argv[2], "a").write("locked\\n")
            time.sleep(12)
            db.execute("ROLLBACK")
            open(sys.argv[2], "a").write("released\\n")
            """, path, notes])
        func noted(_ word: String) -> Bool {
            ((try? String(contentsOfFile: notes, encoding: .utf8)) ?? "").split(separator: "\n").contains { $0 == word }
        }
        while !noted("locked") { try await Task.sleep(for: .milliseconds(20)) }

        let told = Mutex<[Bool]>([])
        let queue = LogWriteQueue(log: log) { locked, _ in told.withLock { $0.append(locked) } }
        let row = Mutex<AiringID?>(nil)
        queue.enqueue { log throws(LogError) in
            let id = try log.begin(Sample.start())
            row.withLock { $0 = id }
        }
        queue.enqueue { log throws(LogError) in
            guard let id = row.withLock({ $0 }) else { return }
            try log.finish(id, outcome: .aired, endMs: 30_000, playedMs: 30_000)
        }
        // The caller was not held: both are queued while the lock is still held.
        #expect(!noted("released"), "enqueue returned only after the lock was released")
        #expect(queue.pending == 2)
        await queue.drain()
        #expect(noted("released"))
        _ = await locker.finished()
        // Written once each, in order: the start, then its end.
        #expect(try log.reader.records().map(\.outcome) == [.aired])
        #expect(told.withLock { $0 } == [true, false], "told when the log was found locked and when it was free again")
        queue.close()
        try log.close()
    }
}
