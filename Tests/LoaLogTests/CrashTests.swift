import Foundation
import LoaTestSupport
import Testing
@testable import LoaLog

/// A real child process records airings and is killed with SIGKILL at random moments, including while it
/// creates the log, recovers it, or is between the two writes of an airing.
@Suite struct CrashTests {
    @Test(.timeLimit(.minutes(2)))
    func sigkillNeverLosesOrDuplicatesACommittedAiring() async throws {
        let stress = Paths.product("loa-log-stress")
        try #require(FileManager.default.isExecutableFile(atPath: stress), "loa-log-stress must be built beside the tests")
        let folder = try TemporaryFolder()
        let path = folder.file("airings.sqlite")
        var generator = SystemRandomNumberGenerator()
        var committed: [String: Int64] = [:]
        let started = Date()
        for run in 1...200 {
            let child = try Child(stress, [path, "r\(run)"])
            // 0 to 150 ms: early kills land while the log is opened, migrated or recovered, later ones mid-loop.
            // Slept, not usleep'd: this loop runs for half a minute beside the daemon tests, whose timed
            // steps need a cooperative thread free to resume on.
            try await Task.sleep(nanoseconds: UInt64.random(in: 0...150_000_000, using: &generator))
            kill(child.pid, SIGKILL)
            let result = child.finish()
            #expect(!result.exited, "run \(run) ended by itself")
            for line in result.stdout.split(separator: "\n") {
                let parts = line.split(separator: " ")
                guard parts.count == 2, let id = Int64(parts[1]) else {
                    Issue.record("run \(run): unreadable line \(line)")
                    continue
                }
                #expect(committed.updateValue(id, forKey: String(parts[0])) == nil, "run \(run) printed \(parts[0]) twice")
            }

            // Reopen as the daemon would after the crash.
            let log = try AiringLog(path: path)
            let reader = log.reader
            #expect(try reader.integrityCheck() == "ok", "run \(run)")
            var seen: [String: Int64] = [:]
            var duplicated: [String] = []
            var onAir = 0
            try reader.forEach { row in
                let identity = row.string(.identity) ?? ""
                if seen.updateValue(row.int(.id) ?? 0, forKey: identity) != nil { duplicated.append(identity) }
                if row.string(.outcome) == Outcome.onAir.rawValue { onAir += 1 }
            }
            #expect(duplicated.isEmpty, "run \(run): duplicated \(duplicated)")
            #expect(onAir == 0, "run \(run): rows still on air after recovery")
            let lost = committed.filter { seen[$0.key] != $0.value }
            #expect(lost.isEmpty, "run \(run): lost \(lost.keys.sorted().prefix(5))")
            try log.close()
            if !lost.isEmpty || !duplicated.isEmpty { break }
        }
        #expect(committed.count > 100, "the child should have committed airings in most runs")
        print("crash test: 200 kills, \(committed.count) committed airings checked, \(Int(Date().timeIntervalSince(started))) s")
    }
}
