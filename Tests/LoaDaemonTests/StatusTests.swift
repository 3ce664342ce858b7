import Foundation
import LoaLog
import LoaTestSupport
import Testing
@testable import LoaDaemon

/// `loa status` as the officer runs it: an unprivileged member of the status file's group, while the
/// real `loa run` airs a session.
@Suite struct StatusTests {
    static let approved = "approved_by = \"Vi Văn Thái\"\n"
    /// The group the test gives the status folder, as an installed station gives it group `loa`; the
    /// officer is user 65534 (nobody) with that group only. Numbers: nothing in /etc is touched.
    static let group: gid_t = 4242

    @Test func anUnprivilegedGroupMemberSeesItRunningAndEachItemOnAirWithinASecondOfItsStart() async throws {
        let s = try TestStation()
        let run = s.folder + "/run"
        try FileManager.default.createDirectory(atPath: run, withIntermediateDirectories: true)
        #expect(chown(run, 0, Self.group) == 0 && chmod(run, 0o750) == 0)
        s.statusPath = run + "/status.json"
        let loa = try binaryTheOfficerCanRun(s)
        try s.tone("a.wav", hz: 440, seconds: 5)
        try s.tone("b.wav", hz: 550, seconds: 5)
        try s.write("loa.toml", s.main(device: "loa_paced") + s.slot(inSeconds: 4, maxLength: "3m"))
        try s.write("announcements.d/a.toml", Self.approved + s.announcement("a", "Mục a") + s.announcement("b", "Mục b"))
        // Polled by a child of its own, each answer stamped before and after it ran: this test process may be
        // scheduled late under load, the child's stamps are not.
        let polls = s.folder + "/polls.txt"
        let script = """
            exec > "$0"
            while :; do
              before=$(date +%s%3N)
              out=$(setpriv --reuid=65534 --regid=65534 --groups=\(Self.group) "$1" status --status "$2" --log "$3" 2>&1)
              after=$(date +%s%3N)
              printf '@@ %s %s\\n%s\\n' "$before" "$after" "$out"
              sleep 0.05
            done
            """
        // systemd's STATUS= line is to follow the same events: the test binds NOTIFY_SOCKET.
        let socket = try NotifySocket()
        try s.start(environment: ["NOTIFY_SOCKET": socket.path])
        let daemonPID = try #require(s.process?.processIdentifier)
        let poller = try Child("/bin/sh", ["-c", script, polls, loa, s.statusPath, s.folder + "/none.sqlite"])
        defer { kill(poller.pid, SIGKILL) }
        try await s.waitFor("b aired") { s.records().contains { $0.announcementID == "b" && $0.outcome == .aired } }
        kill(poller.pid, SIGKILL)
        _ = await poller.finished()
        var notes: [NotifySocket.Datagram] = []
        while let d = socket.receiveStamped(from: daemonPID) { notes.append(d) }

        let answers = Self.parse((try? String(contentsOfFile: polls, encoding: .utf8)) ?? "")
        let records = s.records()
        let aStart = try #require(records.first { $0.announcementID == "a" }?.startMs)
        let bStart = try #require(records.first { $0.announcementID == "b" }?.startMs)
        let bEnd = try #require(records.first { $0.announcementID == "b" }?.endMs)
        #expect(answers.count >= 10, "the officer's loa status ran: \(answers.count) answers")
        let unreadable = answers.filter { !$0.text.contains("Cao Lâu") }
        #expect(unreadable.allSatisfy { $0.afterMs < aStart }, "readable by the group throughout: \(unreadable.last?.text ?? "")")
        let named = answers.filter { $0.text.contains("Cao Lâu") }
        #expect(!named.isEmpty && named.allSatisfy { $0.text.contains("running (pid") && !$0.text.contains("NOT") },
                "running, to a member of the group: \(named.first { !$0.text.contains("running (pid") }?.text ?? "")")
        func onAir(_ title: String) -> [Answer] { answers.filter { $0.onAirLines.contains { $0.contains(title) } } }
        for (title, start, end) in [("Mục a", aStart, bStart), ("Mục b", bStart, bEnd)] {
            // Every answer begun from a second after its first sample until it ends (as the log has it) names it
            // on air; one that ended over a second before it started does not. Bounds by the poller's own stamps,
            // so a slow poll (several answers' gap under load) does not make it look late.
            let due = answers.filter { $0.beforeMs >= start + 1_000 && $0.afterMs <= end }
            #expect(!due.isEmpty, "\(title): some answer from 1 s after its start (\(start)); \(answers.map(\.beforeMs))")
            #expect(due.allSatisfy { $0.onAirLines.contains { $0.contains(title) } },
                    "\(title) on air at \(start), shown at \(due.map(\.beforeMs)): \(due.first { !$0.onAirLines.contains { $0.contains(title) } }?.text ?? "")")
            let early = answers.filter { $0.afterMs < start - 1_000 && $0.onAirLines.contains { $0.contains(title) } }
            #expect(early.isEmpty, "\(title) shown on air before it started (\(start)): \(early.first?.text ?? "")")
        }
        // STATUS= too, by when the kernel queued each line (not when this test read it).
        for (title, start, _) in [("Mục a", aStart, bStart), ("Mục b", bStart, bEnd)] {
            let first = try #require(notes.first { $0.text.contains("on air: \(title)") }, "STATUS= names \(title): \(notes.map(\.text))")
            let atMs = Int64(first.queuedAt * 1000)
            #expect(atMs <= start + 1_000 && atMs >= start - 1_000, "STATUS= on air: \(title) at \(atMs), its start \(start)")
        }
        let bothAtOnce = answers.filter { $0.onAirLines.contains { $0.contains("Mục a") } && $0.onAirLines.contains { $0.contains("Mục b") } }
        #expect(bothAtOnce.isEmpty, "on air is the item playing, not the session's list: \(bothAtOnce.first?.text ?? "")")
        let whileA = answers.filter { $0.beforeMs > aStart + 300 && $0.afterMs < bStart - 300 }
        #expect(whileA.contains { $0.text.contains("next:") && $0.text.contains("Mục b") },
                "while a airs, next is b: \(whileA.first?.text ?? "no answer while a aired")")
        s.signal(SIGTERM)
        _ = await s.waitForExit(seconds: 10)
    }

    struct Answer {
        var beforeMs: Int64
        var afterMs: Int64
        var text: String
        var onAirLines: [String] { text.split(separator: "\n").map(String.init).filter { $0.contains("on air:") } }
    }

    static func parse(_ text: String) -> [Answer] {
        var answers: [Answer] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("@@ ") {
                let parts = line.split(separator: " ")
                if parts.count == 3, let b = Int64(parts[1]), let a = Int64(parts[2]) { answers.append(Answer(beforeMs: b, afterMs: a, text: "")) }
            } else if !answers.isEmpty {
                answers[answers.count - 1].text += line + "\n"
            }
        }
        return answers
    }

    /// The `loa` binary, where user 65534 can run it: the build folder may be under a home only root enters.
    func binaryTheOfficerCanRun(_ s: TestStation) throws -> String {
        let check = try LoaTestSupport.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--groups=\(Self.group)", "/bin/test", "-x", Paths.loa])
        if check.status == 0 { return Paths.loa }
        let copy = s.folder + "/loa"
        try FileManager.default.copyItem(atPath: Paths.loa, toPath: copy)
        return copy
    }
}
