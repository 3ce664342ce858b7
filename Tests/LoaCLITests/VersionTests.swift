import Foundation
import LoaCLI
import LoaTestSupport
import Testing

/// `loa --version` and the version line of `loa status`, from the real binary: as a plain `swift build`
/// leaves it, and as scripts/package stamps it (scripts/stamp-version on a copy).
@Suite(.serialized) struct VersionTests {
    @Test func anUnstampedBuildSaysTheSourceVersionAndUnknownCommit() throws {
        let result = try run(Paths.loa, ["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(BuildInfo.sourceVersion) (unknown commit)\n")
    }

    @Test func theVersionFileAndTheSourcesAgree() throws {
        let file = try String(contentsOfFile: Paths.root + "/VERSION", encoding: .utf8)
        #expect(file.trimmingCharacters(in: .whitespacesAndNewlines) == BuildInfo.sourceVersion)
    }

    @Test func aStampedBinaryNamesItsVersionAndCommitInVersionAndStatus() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-version-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/loa"
        try FileManager.default.copyItem(atPath: Paths.loa, toPath: copy)
        let stamp = try run("/bin/bash", [Paths.root + "/scripts/stamp-version", copy, "0.2.0+git20261207013000.abc1234",
                                          "abc1234def5678-dirty"])
        #expect(stamp.status == 0, "\(stamp.stdout)\(stamp.stderr)")

        let version = try run(copy, ["--version"])
        #expect(version.stdout == "0.2.0+git20261207013000.abc1234 (commit abc1234def5678-dirty)\n", "\(version.stderr)")
        let status = try run(copy, ["status", "--status", folder + "/status.json", "--log", folder + "/airings.sqlite"])
        #expect(status.stdout.contains("NOT running"), "\(status.stdout)")
        #expect(status.stdout.hasSuffix("loa 0.2.0+git20261207013000.abc1234 (commit abc1234def5678-dirty)\n"), "\(status.stdout)")
        // The report's footer says which loa counted its figures.
        let log = folder + "/v1.sqlite"
        try FileManager.default.copyItem(atPath: Paths.fixtures + "/logs/v1-every-outcome.sqlite", toPath: log)
        let report = try run(copy, ["report", "--log", log, "--config", Paths.fixtures + "/valid/not-approved/loa.toml"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("<p class=\"made\">Lập bằng phần mềm loa 0.2.0+git20261207013000.abc1234 (commit abc1234def5678-dirty)</p>"))
        // The original binary is untouched: stamping works on its copy.
        #expect(try run(Paths.loa, ["--version"]).stdout.contains("unknown commit"))
    }

    @Test func stampingRefusesAFileWithoutTheStampSection() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-version-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: "/bin/true", toPath: folder + "/true")
        let stamp = try run("/bin/bash", [Paths.root + "/scripts/stamp-version", folder + "/true", "1.0.0", "abc"])
        #expect(stamp.status == 1)
        #expect(stamp.stderr.contains("has no .loa_stamp section"), "\(stamp.stderr)")
    }
}
