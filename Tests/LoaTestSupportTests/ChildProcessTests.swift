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

    @Test func aStartedChildCanBeKilledAndWhatItPrintedStillRead() throws {
        let child = try Child("/bin/sh", ["-c", "echo trước; exec sleep 30"])
        let deadline = Date().addingTimeInterval(5)
        // Killed once it has printed, as the crash tests do to a process mid-work. The shell's `comm` turns
        // into "sleep" only at the exec, after the echo; its cmdline holds "sleep" from the start (the -c text).
        while (try? String(contentsOfFile: "/proc/\(child.pid)/comm", encoding: .utf8)) != "sleep\n", Date() < deadline {
            usleep(5000)
        }
        kill(child.pid, SIGKILL)
        let result = child.finish()
        #expect(!result.exited)
        #expect(result.stdout == "trước\n")
    }

    @Test func findsThePackageAndItsFixtures() {
        #expect(FileManager.default.fileExists(atPath: Paths.root + "/Package.swift"))
        #expect(Paths.cases("broken").count >= 30)
    }
}
