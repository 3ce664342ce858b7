import Foundation
import LoaDaemon
import LoaLog
import LoaTestSupport
import Testing

/// The airing log held locked by another program (`sqlite3` in a terminal, an export) around an airing's
/// instant, through the real `loa run` on the test sound card, which stamps its first sample from inside
/// the daemon's first write. Its name ends in AudioTests so scripts/test runs it with the timed audio
/// phase, alone: beside other suites its first sample would measure them.
@Suite(.serialized) struct LockedLogAudioTests {
    /// Another process takes the log's write lock (`BEGIN EXCLUSIVE`) when told, notes when it has it and
    /// when it lets go, and holds it `seconds`.
    static let locker = """
        import sqlite3, sys, time
        path, seconds, notes = sys.argv[1], float(sys.argv[2]), sys.argv[3]
        db = sqlite3.connect(path, isolation_level=None, timeout=10)
        db.execute("BEGIN EXCLUSIVE")
        with open(notes, "a") as f: f.write("locked %d\\n" % time.time_ns())
        time.sleep(seconds)
        db.execute("ROLLBACK")
        with open(notes, "a") as f: f.write("released %d\\n" % time.time_ns())
        """

    @Test func aLogHeldLockedForThreeSecondsDoesNotDelayTheStartAndTheRowIsWrittenOnceItIsReleased() async throws {
        let s = try TestStation()
        let card = try s.card("tot")
        try s.tone("tin-tuc.wav", hz: 440, seconds: 6)
        try Self.locker.write(toFile: s.folder + "/locker.py", atomically: true, encoding: .utf8)
        // Far enough ahead for a slow start on a loaded machine.
        let t0 = Int64(Date().timeIntervalSince1970) + 12
        try s.write("loa.toml", s.main(device: card))
        try s.write("announcements.d/a.toml", "approved_by = \"Vi Văn Thái\"\n" + s.announcement("tin-tuc", "Tin tức buổi sáng", at: s.clock(atUnixSeconds: t0)))
        try s.start()
        try await s.waitFor("the daemon on air", seconds: 10) { s.stderr.contains("loa is on air") }
        // Locked from a second before the instant to two after, by a child started at its own moment (this
        // test's process may be scheduled late on a loaded machine).
        let notes = s.folder + "/lock.notes"
        let from = Date(timeIntervalSince1970: TimeInterval(t0 - 1))
        let locker = try s.at(0, after: from, run: ["python3", s.folder + "/locker.py", s.folder + "/airings.sqlite", "3", notes])
        try await s.waitFor("the lock taken", seconds: 15) { Self.note("locked", notes) != nil }
        try await s.waitFor("the first sample", seconds: 10) { !s.starts("tot").isEmpty }
        // While the lock is held: the airing plays, and its row waits.
        let rowsWhileLocked = s.records().filter { $0.announcementID == "tin-tuc" }
        let stillLocked = Self.note("released", notes) == nil
        try await s.waitFor("the lock released", seconds: 10) { Self.note("released", notes) != nil }
        _ = await locker.finished()
        try await s.waitFor("the airing logged aired", seconds: 20) {
            s.records().contains { $0.announcementID == "tin-tuc" && $0.outcome == .aired }
        }
        let locked = try #require(Self.note("locked", notes)), released = try #require(Self.note("released", notes))
        let start = try #require(s.starts("tot").first)
        // The lock was held across the instant: the airing had to start with its log locked.
        #expect(locked < t0 * 1_000_000_000 && released > start, "locked \(locked), released \(released), first sample \(start)")
        #expect(released - locked >= 2_900_000_000)
        // The first sample on its instant, within the tolerance the other first-sample tests allow (a period,
        // 50 ms): the 3 s lock held none of it back (a row committed before the first sample waited for it).
        let lateMs = Double(start - t0 * 1_000_000_000) / 1e6
        print("LockedLogAudioTests: first sample \(lateMs) ms after its instant, the log locked since \(Double(t0 * 1_000_000_000 - locked) / 1e6) ms before it")
        #expect(lateMs >= -1 && lateMs <= 50, "first sample \(lateMs) ms after its instant")
        if stillLocked {
            #expect(rowsWhileLocked.isEmpty, "no row can be written while the log is locked: \(rowsWhileLocked.map(\.outcome))")
        }
        // Written once the lock was released, once, with the instant it started at (not when it was written).
        let rows = s.records().filter { $0.announcementID == "tin-tuc" }
        #expect(rows.count == 1, "\(rows.map { "\($0.attempt) \($0.outcome)" })")
        #expect(abs((rows.first?.startMs ?? 0) - t0 * 1000) <= 50, "\(rows.first?.startMs ?? 0)")
        s.signal(SIGTERM)
        let exit = await s.waitForExit(seconds: 10)
        #expect(exit?.status == 0)
    }

    /// The Unix nanoseconds of a line `WORD N` the locker wrote.
    static func note(_ word: String, _ path: String) -> Int64? {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line -> Int64? in
            let parts = line.split(separator: " ")
            return parts.count == 2 && parts[0] == word ? Int64(parts[1]) : nil
        }.first
    }
}
