import Foundation
import GRDB
import Testing
@testable import LoaLog

/// A file that is not ours, a newer log, a read-only log, a full disk: a clear error, and the file as it was.
@Suite struct BadInputTests {
    @Test func aTextFileIsNotALoaLogAndIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("airings.sqlite")
        let text = Data("Sổ nhật ký chương trình phát thanh\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(throws: LogError.notALoaLog(path: path)) { try AiringLog(path: path) }
        #expect(throws: LogError.notALoaLog(path: path)) { try AiringLogReader(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
    }

    @Test func anotherProgramsDatabaseIsNotALoaLogAndIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE hộ_gia_đình (tên TEXT); INSERT INTO hộ_gia_đình VALUES ('Nguyễn Văn An')") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: LogError.notALoaLog(path: path)) { try AiringLog(path: path) }
        #expect(throws: LogError.notALoaLog(path: path)) { try AiringLogReader(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aLogFromANewerLoaIsRefusedAndLeftAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("airings.sqlite")
        let log = try AiringLog(path: path)
        try log.begin(Sample.start())
        try log.queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v4')") }
        try log.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: LogError.newerVersion(path: path, unknown: ["v4"])) { try AiringLog(path: path) }
        #expect(throws: LogError.newerVersion(path: path, unknown: ["v4"])) { try AiringLogReader(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // Still on air: recovery did not run on a log it does not understand.
        let check = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        #expect(try check.read { try String.fetchOne($0, sql: "SELECT outcome FROM airing") } == "on_air")
    }

    @Test func aMissingLogIsNotCreatedByReaders() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("airings.sqlite")
        #expect(throws: LogError.notFound(path: path)) { try AiringLogReader(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(throws: LogError.missingFolder(path: folder.file("khong-co/airings.sqlite"))) {
            try AiringLog(path: folder.file("khong-co/airings.sqlite"))
        }
    }

    @Test(.enabled(if: Mount.possible, "needs root to mount a tmpfs"))
    func aReadOnlyLogIsReportedAndStillReadable() throws {
        let folder = try TemporaryFolder()
        let mount = try Mount(at: folder.file("ro"), sizeKB: 4096)
        defer { mount.unmount() }
        let path = mount.path + "/airings.sqlite"
        let log = try AiringLog(path: path)
        try log.finish(try log.begin(Sample.start()), outcome: .aired, endMs: 1, playedMs: 1)
        try log.close()
        try mount.remountReadOnly()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: LogError.readOnly(path: path)) { try AiringLog(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // Export and report still read it.
        #expect(try AiringLogReader(path: path).count() == 1)
    }

    @Test(.enabled(if: Mount.possible, "needs root to mount a tmpfs"))
    func aFullDiskIsReportedAndTheLogStaysIntact() throws {
        let folder = try TemporaryFolder()
        let mount = try Mount(at: folder.file("full"), sizeKB: 1024)
        defer { mount.unmount() }
        let path = mount.path + "/airings.sqlite"
        let log = try AiringLog(path: path)
        for n in 1...5 { try log.finish(try log.begin(Sample.start(repetition: n)), outcome: .aired, endMs: 1, playedMs: 1) }
        // Fill what is left of the disk.
        let filler = FileHandle(forWritingAtPath: { _ = FileManager.default.createFile(atPath: mount.path + "/filler", contents: nil); return mount.path + "/filler" }())
        let block = Data(repeating: 0x55, count: 4096)
        while (try? filler?.write(contentsOf: block)) != nil {}
        try filler?.close()
        var full: LogError?
        for n in 6...400 {
            do { try log.begin(Sample.start(title: String(repeating: "Thông điệp dài ", count: 200), repetition: n)) } catch {
                full = error
                break
            }
        }
        #expect(full == .diskFull(path: path))
        #expect(full?.description.contains("full") == true)
        try? log.close()
        try FileManager.default.removeItem(atPath: mount.path + "/filler")
        let reopened = try AiringLog(path: path)
        #expect(try reopened.reader.integrityCheck() == "ok")
        #expect(try reopened.reader.count(AiringFilter(outcomes: [.aired])) == 5)
    }
}

/// A small tmpfs of the test's own: a real full disk and a real read-only file system.
struct Mount {
    let path: String

    static let possible: Bool = {
        guard getuid() == 0, let folder = try? TemporaryFolder() else { return false }
        guard let mount = try? Mount(at: folder.file("probe"), sizeKB: 64) else { return false }
        mount.unmount()
        return true
    }()

    init(at path: String, sizeKB: Int) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let result = try shell(["mount", "-t", "tmpfs", "-o", "size=\(sizeKB)k", "tmpfs", path])
        guard result.status == 0 else { throw CocoaError(.fileWriteNoPermission) }
        self.path = path
    }

    func remountReadOnly() throws {
        let result = try shell(["mount", "-o", "remount,ro", path])
        guard result.status == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }

    func unmount() { _ = try? shell(["umount", path]) }
}
