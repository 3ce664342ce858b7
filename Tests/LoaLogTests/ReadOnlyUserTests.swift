import Foundation
import LoaTestSupport
import Testing
@testable import LoaLog

/// An officer's own account may read the log but not write its folder: read-only commands open the log
/// read-only and work for it, and a log it may not read gets a sentence saying so. Needs root, to run
/// the real binary as `nobody`.
@Suite(.enabled(if: ReadOnlyUser.possible, "needs root, setpriv and the loa binary"))
struct ReadOnlyUserTests {
    @Test func readOnlyCommandsWorkForAUserWhoCannotWriteTheFolder() throws {
        let folder = try TemporaryFolder()
        #expect(chmod(folder.path, 0o755) == 0)
        let path = folder.file("airings.sqlite")
        let log = try AiringLog(path: path)
        try log.finish(try log.begin(Sample.start()), outcome: .aired, endMs: 1, playedMs: 1)

        // The daemon has the log open: its -wal and -shm files exist, readable like the log.
        let running = try ReadOnlyUser.loa(["export", "--log", path, "--lang", "en"])
        #expect(running.status == 0, "\(running.stderr)")
        #expect(running.stdout.contains("Chủ đề Tháng hành động năm 2023"))

        // The daemon stopped: no -wal or -shm, and this user cannot create them.
        try log.close()
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let stopped = try ReadOnlyUser.loa(["export", "--log", path, "--format", "json"])
        #expect(stopped.status == 0, "\(stopped.stderr)")
        #expect(stopped.stdout.contains("Chủ đề Tháng hành động năm 2023"))
        let book = try ReadOnlyUser.loa(["log", "--log", path, "--from", "2023-11-13", "--to", "2023-11-19"])
        #expect(book.status == 0, "\(book.stderr)")
        #expect(book.stdout.contains("Chủ đề Tháng hành động năm 2023"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aLogTheUserMayNotReadGetsAClearMessage() throws {
        let folder = try TemporaryFolder()
        #expect(chmod(folder.path, 0o755) == 0)
        let path = folder.file("airings.sqlite")
        let log = try AiringLog(path: path)
        try log.finish(try log.begin(Sample.start()), outcome: .aired, endMs: 1, playedMs: 1)
        try log.close()
        #expect(chmod(path, 0o600) == 0)
        let result = try ReadOnlyUser.loa(["export", "--log", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("cannot be read by this user"), "\(result.stderr)")
        #expect(result.stderr.contains("loa user"))
    }
}

enum ReadOnlyUser {
    static let setpriv = "/usr/bin/setpriv"

    static let possible: Bool = getuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv) && FileManager.default.isExecutableFile(atPath: Paths.loa)

    /// Runs the real `loa` as nobody, with no groups.
    static func loa(_ arguments: [String]) throws -> ProcessResult {
        try shell([setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", Paths.loa] + arguments)
    }
}
