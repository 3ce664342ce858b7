import Foundation
import LoaTestSupport
import Testing

/// The bash completion script the package installs, run by real bash against the real binary: Tab after
/// an option that takes an id offers the ids of the configuration named on the line.
@Suite(.serialized) struct CompletionTests {
    /// What bash offers for `line` (which ends where Tab is pressed), using `loa --generate-completion-script bash`.
    func complete(_ words: [String]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-completion-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = try run(Paths.loa, ["--generate-completion-script", "bash"])
        #expect(script.status == 0, "\(script.stderr)")
        try script.stdout.write(toFile: folder + "/loa.bash", atomically: true, encoding: .utf8)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let driver = """
            source '\(folder)/loa.bash'
            fn=$(complete -p loa | sed -E 's/.* -F ([^ ]+) .*/\\1/')
            COMP_WORDS=(\(quoted)); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            "$fn" loa "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let loaFolder = (Paths.loa as NSString).deletingLastPathComponent
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = loaFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let result = try run("/bin/bash", ["-c", driver], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test func zonesComeFromTheConfigurationOnTheLine() throws {
        try ensureExampleAudio()
        let offered = try complete(["loa", "plan", "--config", Paths.exampleConfig, "--zone", ""])
        #expect(offered == ["thon-ban-pjac", "thon-khon-chu", "thon-na-mu", "thon-po-phay", "toan-xa"])
        #expect(try complete(["loa", "plan", "--config", Paths.exampleConfig, "--zone", "thon-n"]) == ["thon-na-mu"])
    }

    @Test func slotsAnnouncementsAndCampaignsComeFromTheConfiguration() throws {
        try ensureExampleAudio()
        #expect(try complete(["loa", "plan", "--config", Paths.exampleConfig, "--slot", ""]) == ["chieu", "sang"])
        #expect(try complete(["loa", "plan", "--config", Paths.exampleConfig, "--announcement", "thong-diep-t"])
                == ["thong-diep-tre-em-gai", "thong-diep-tuong-lai"])
        #expect(try complete(["loa", "report", "--config", Paths.exampleConfig, "--campaign", ""])
                == ["Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2023"])
    }

    @Test func aConfigurationThatCannotBeReadCompletesNothing() throws {
        let offered = try complete(["loa", "plan", "--config", "/nonexistent/loa.toml", "--zone", ""])
        #expect(offered.isEmpty)
    }

    @Test func planKeepsOnlyTheSlotOrAnnouncementAsked() throws {
        try ensureExampleAudio()
        let base = ["plan", "--config", Paths.exampleConfig, "--from", "2023-11-21", "--to", "2023-11-21", "--format", "csv"]
        // The CSV's first columns: date, start, length_s, slot, announcement (none holds a comma).
        func column(_ index: Int, of output: String) -> [String] {
            output.split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: ",", omittingEmptySubsequences: false)[index]) }
        }
        let all = try run(Paths.loa, base)
        #expect(Set(column(3, of: all.stdout)) == ["sang", "chieu"], "\(all.stdout)")
        let slot = try run(Paths.loa, base + ["--slot", "sang"])
        #expect(slot.status == 0, "\(slot.stderr)")
        #expect(Set(column(3, of: slot.stdout)) == ["sang"], "\(slot.stdout)")
        let one = try run(Paths.loa, base + ["--announcement", "chu-de"])
        #expect(Set(column(4, of: one.stdout)) == ["chu-de"], "\(one.stdout)")
        #expect(column(4, of: one.stdout).count == 2, "chu-de airs in both sessions: \(one.stdout)")
        let wrong = try run(Paths.loa, base + ["--slot", "sangg"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("there is no slot \"sangg\"; slots: sang, chieu"), "\(wrong.stderr)")
    }
}
