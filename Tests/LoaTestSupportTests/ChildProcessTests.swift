import Foundation
import LoaTestSupport
import Testing

@Suite struct ChildProcessTests {
    @Test func collectsOutputExitStatusAndAByteOrderMark() throws {
        let result = try run("/bin/sh", ["-c", "printf '\\357\\273\\277Đài\\n'; echo lỗi >&2; exit 3"])
        #expect(result.status == 3 && result.exited)
        #expect(result.stdout == "\u{FEFF}Đài\n")
        #expect(result.stderr == "lỗi\n")
    }

    @Test func tellsASignalFromAnExit() throws {
        let result = try run("/bin/sh", ["-c", "kill -KILL $$"])
        #expect(!result.exited)
    }

    @Test func findsThePackageAndItsFixtures() {
        #expect(FileManager.default.fileExists(atPath: Paths.root + "/Package.swift"))
        #expect(Paths.cases("broken").count >= 30)
    }
}
