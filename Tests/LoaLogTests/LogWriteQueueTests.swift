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
        let release = folder.file("lock.release")
        // Another process takes the write lock and holds it until this test says so, so that the queue's
        // finding it locked does not depend on how far a loaded machine stretches SQLite's 5 s wait.
        let locker = try Child("/usr/bin/env", ["python3", "-c", """
            import os, sqlite3, sys, time
            db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
            db.execute("BEGIN EXCLUSIVE")
            open(sys.argv[2], "a").write("locked\\n")
            deadline = time.monotonic() + 600
            while not os.path.exists(sys.argv[3]) and time.monotonic() < deadline:
                time.sleep(0.05)
            db.execute("ROLLBACK")
            open(sys.argv[2], "a").write("released\\n")
            """, path, notes, release])
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
        // The caller was not held: both are queued while the lock is held.
        #expect(queue.pending == 2)
        // The queue finds the log locked once SQLite's own wait has run out (5 s, longer on a loaded machine).
        let waitedFor = ContinuousClock.now
        while told.withLock({ $0.isEmpty }) && ContinuousClock.now - waitedFor < .seconds(300) {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(told.withLock { $0 } == [true], "told that the log was found locked while another process holds it")
        #expect(queue.pending == 2, "the rows wait while the log is locked; nothing is dropped")
        #expect(try log.reader.records().isEmpty)
        try Data().write(to: URL(fileURLWithPath: release))
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
