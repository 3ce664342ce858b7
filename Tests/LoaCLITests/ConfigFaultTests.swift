import Foundation
import LoaTestSupport
import Testing

/// Files loa cannot read or parse, through the real `loa check` and `loa plan`: never a crash, never a
/// campaign dropped with a warning, always the file and the reason.
@Suite(.serialized) struct ConfigFaultTests {
    /// A copy of a valid fixture station in a fresh folder anyone may read.
    static func station() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-faults-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: Paths.fixtures + "/valid/windows-notepad", toPath: folder)
        chmod(folder, 0o755)
        return folder
    }

    static let dropIn = "announcements.d/binh-dang-gioi.toml"

    @Test(arguments: ["[[[announcement]]]\nid = \"chu-de\"\n", "[[[[[[[[[[[[[[[[\n", "title = \"x\"\n[\n"])
    func aHeaderTheParserWouldAbortOnIsRefusedByCheckAndPlan(_ text: String) throws {
        let folder = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try text.write(toFile: folder + "/announcements.d/z-typo.toml", atomically: true, encoding: .utf8)
        let check = try run(Paths.loa, ["check", "--config", folder + "/loa.toml"])
        #expect(check.exited && check.status == 1, "status \(check.status): \(check.stderr)")
        #expect(check.stdout.contains("announcements.d/z-typo.toml:"), "\(check.stdout)")
        #expect(check.stdout.contains("error[toml-syntax]: this table header is not valid TOML"), "\(check.stdout)")
        let plan = try run(Paths.loa, ["plan", "--config", folder + "/loa.toml"])
        #expect(plan.exited && plan.status == 1, "status \(plan.status): \(plan.stderr)")
        #expect(plan.stderr.contains("error[toml-syntax]"), "\(plan.stderr)")
    }

    /// Found by the fuzzer: a date, T and no time after it aborted toml++ (parse_time's assertion).
    @Test func aDateAndTWithoutATimeIsRefusedNotACrash() throws {
        let folder = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "approved_by = \"V\"\n[[announcement]]\nid = \"x\"\ntitle = \"X\"\naudio = \"audio/chu-de.wav\"\nat = [2023-11-20Tnoon:30]\n"
            .write(toFile: folder + "/announcements.d/z.toml", atomically: true, encoding: .utf8)
        for command in ["check", "plan"] {
            let result = try run(Paths.loa, [command, "--config", folder + "/loa.toml"])
            #expect(result.exited && result.status == 1, "\(command): status \(result.status)")
            #expect((result.stdout + result.stderr).contains("announcements.d/z.toml:6:18: error[invalid-date]"), "\(result.stdout)\(result.stderr)")
        }
    }

    @Test func theTripleBracketSaysWhichHeaderToWrite() throws {
        let folder = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "[[[announcement]]]\n".write(toFile: folder + "/announcements.d/z.toml", atomically: true, encoding: .utf8)
        let check = try run(Paths.loa, ["check", "--config", folder + "/loa.toml"])
        #expect(check.stdout.contains("announcements.d/z.toml:1:3: error[toml-syntax]"), "\(check.stdout)")
        #expect(check.stdout.contains("«[[[announcement]]]»") && check.stdout.contains("Write [[announcement]]."), "\(check.stdout)")
    }

    @Test func aDanglingLinkAFifoAndAFolderNamedTomlAreErrors() throws {
        let folder = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let drop = folder + "/announcements.d/"
        try FileManager.default.createSymbolicLink(atPath: drop + "gone.toml", withDestinationPath: "/nonexistent/campaign.toml")
        #expect(mkfifo(drop + "pipe.toml", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: drop + "folder.toml", withIntermediateDirectories: false)
        let check = try run(Paths.loa, ["check", "--config", folder + "/loa.toml"])
        #expect(check.exited && check.status == 1)
        #expect(check.stdout.contains("announcements.d/gone.toml: error[file-unreadable]: loa cannot read this announcement file: it is a symbolic link to /nonexistent/campaign.toml, which does not exist."), "\(check.stdout)")
        #expect(check.stdout.contains("announcements.d/pipe.toml: error[file-unreadable]: loa cannot read this announcement file: it is a named pipe (FIFO), not a regular file."), "\(check.stdout)")
        #expect(check.stdout.contains("announcements.d/folder.toml: error[file-unreadable]: loa cannot read this announcement file: it is a folder, not a regular file."), "\(check.stdout)")
        #expect(check.stdout.contains("3 errors"), "\(check.stdout)")
        #expect(!check.stdout.contains("OK"))
    }

    @Test(.enabled(if: Unprivileged.possible, "needs root and setpriv"))
    func aDropInTheServiceUserCannotReadIsAnError() throws {
        let folder = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        chmod(folder + "/" + Self.dropIn, 0o600)
        let check = try Unprivileged.loa(["check", "--config", folder + "/loa.toml"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("\(Self.dropIn): error[file-unreadable]: loa cannot read this announcement file: permission denied (it belongs to root:root with mode 600, and the user running loa, nobody, may not read it)."), "\(check.stdout)")
        #expect(!check.stdout.contains("no announcement"), "\(check.stdout)")
    }

    @Test(.enabled(if: Unprivileged.possible, "needs root and setpriv"))
    func anUnreadableAnnouncementsFolderIsAnErrorNotZeroAnnouncements() throws {
        let folder = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        chmod(folder + "/announcements.d", 0o700)
        let check = try Unprivileged.loa(["check", "--config", folder + "/loa.toml"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("announcements.d: error[file-unreadable]: loa cannot read the folder of announcement files: permission denied"), "\(check.stdout)")
        #expect(!check.stdout.contains("0 announcements"), "\(check.stdout)")
    }

    @Test(.enabled(if: Unprivileged.possible, "needs root and setpriv"))
    func aMainFileTheServiceUserCannotReadIsAnError() throws {
        let folder = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        chmod(folder + "/loa.toml", 0o640)
        let check = try Unprivileged.loa(["check", "--config", folder + "/loa.toml"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("loa.toml: error[file-unreadable]: loa cannot read the configuration file: permission denied (it belongs to root:root with mode 640"), "\(check.stdout)")
    }

    /// A file that is one 5 MB line: its error quotes a part of it, not all of it.
    static let hugeLines = [String(repeating: "x", count: 5_000_000), String(repeating: "a", count: 5_000_000) + " = 1",
                            "[[[" + String(repeating: "b", count: 5_000_000), "title = \"" + String(repeating: "c", count: 5_000_000)]

    @Test(arguments: 0..<hugeLines.count)
    func aHugeOneLineFileIsNotEchoedWhole(_ index: Int) throws {
        let line = Self.hugeLines[index]
        let folder = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try line.write(toFile: folder + "/announcements.d/huge.toml", atomically: true, encoding: .utf8)
        let check = try run(Paths.loa, ["check", "--quiet", "--config", folder + "/loa.toml"])
        #expect(check.status == 1)
        #expect(check.stdout.utf8.count + check.stderr.utf8.count < 2000, "\(check.stdout.utf8.count) bytes: \(check.stdout.prefix(3000))")
        #expect(check.stdout.contains("announcements.d/huge.toml:1:"), "\(check.stdout.prefix(2000))")
    }

    /// A WAV that is a header with no frames after it would "air" in a millisecond.
    @Test func aHeaderOnlyWavFailsTheCheck() throws {
        let folder = try Self.station()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let wav = folder + "/announcements.d/audio/chu-de.wav"
        let header = try #require(FileManager.default.contents(atPath: wav)).prefix(44)
        var bytes = [UInt8](header)
        // RIFF size = 36, data size = 0.
        bytes.replaceSubrange(4..<8, with: [36, 0, 0, 0])
        bytes.replaceSubrange(40..<44, with: [0, 0, 0, 0])
        try Data(bytes).write(to: URL(fileURLWithPath: wav))
        let check = try run(Paths.loa, ["check", "--config", folder + "/loa.toml"])
        #expect(check.status == 1, "\(check.stdout)")
        #expect(check.stdout.contains("error[audio-unreadable]") && check.stdout.contains("0 frames"), "\(check.stdout)")
    }
}

enum Unprivileged {
    static let setpriv = "/usr/bin/setpriv"
    static let possible = getuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv)

    /// The real `loa` as nobody, with no groups: root reads mode-000 files, the service user does not.
    static func loa(_ arguments: [String]) throws -> ProcessResult {
        try run(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", Paths.loa] + arguments)
    }
}
