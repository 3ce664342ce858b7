import Foundation
import Logging
import LoaAudio
import LoaCore
import LoaLog
import Testing
@testable import LoaDaemon

/// The scheduler with an injected clock and a player double: restarts, clock steps, grace windows,
/// emergencies and shutdown, against a real SQLite log.
@Suite struct SchedulerTests {
    static let main = """
    [station]
    name = "Đài truyền thanh xã Cao Lâu"
    pause = "0s"

    [zones.toan-xa]
    name = "Toàn xã"
    device = "default"

    [zones.thon-na-mu]
    name = "Thôn Nà Mu"
    device = "hw:1"

    [[slot]]
    id = "sang"
    name = "Buổi sáng"
    start = 06:00:00
    max_length = "5m"
    zones = ["toan-xa", "thon-na-mu"]
    intro = "nhac-hieu.wav"
    """

    static func campaign(holdFirst: Bool = false, stallFirst: Bool = false) -> String {
        """
        approved_by = "Vi Văn Thái"
        from = 2023-11-15
        until = 2023-11-16

        [[announcement]]
        id = "chu-de"
        title = "Chủ đề Tháng hành động"
        audio = "\(holdFirst ? "hold-" : "")\(stallFirst ? "stall-" : "")chu-de.wav"
        slots = ["sang"]

        [[announcement]]
        id = "gia-dinh"
        title = "Phòng, chống bạo lực gia đình"
        audio = "gia-dinh.wav"
        slots = ["sang"]

        [[announcement]]
        id = "tin-bao"
        title = "Tin bão"
        audio = "tin-bao.wav"
        at = ["07:00"]
        zones = ["toan-xa"]
        """
    }

    struct Probe: AudioProbe {
        func probe(path: String) -> Result<AudioInfo, AudioProbeFailure> {
            .success(AudioInfo(durationMs: 20_000, frames: 960_000, sampleRate: 48_000, channels: 2, format: "WAV"))
        }
    }

    final class Harness: Sendable {
        let folder: String
        let clock: ManualClock
        let player: FakePlayer
        let ledger: AiringLog
        let programme: Programme
        let resolver: LocalTimeResolver

        init(startLocal: String, holdFirst: Bool = false, stallFirst: Bool = false, folder: String? = nil) throws {
            self.folder = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("loa-sched-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: self.folder, withIntermediateDirectories: true)
            programme = try Self.programme(main: SchedulerTests.main, campaign: SchedulerTests.campaign(holdFirst: holdFirst, stallFirst: stallFirst))
            resolver = programme.resolver
            clock = ManualClock(nowMs: 0)
            player = FakePlayer(clock: clock)
            ledger = try AiringLog(path: self.folder + "/airings.sqlite")
            clock.step(to: at(startLocal))
        }

        static func programme(main: String, campaign: String) throws -> Programme {
            let loaded = ConfigLoader.load(
                main: ConfigSource(displayPath: "/cfg/loa.toml", folder: "/cfg", bytes: Array(main.utf8)),
                dropIns: [ConfigSource(displayPath: "/cfg/announcements.d/a.toml", folder: "/cfg/announcements.d", bytes: Array(campaign.utf8))])
            guard let t = loaded.timetable, !loaded.diagnostics.hasErrors else {
                throw DaemonTestFailure(loaded.diagnostics.sorted.map(\.description).joined(separator: "\n"))
            }
            let durations = Dictionary(t.audioFiles.map { ($0.path, Int64(20_000)) }, uniquingKeysWith: { a, _ in a })
            return try Programme(timetable: t, durations: durations, revision: loaded.revision)
        }

        /// `2023-11-15 06:00:00` in the station's zone, as Unix ms.
        func at(_ local: String) -> Int64 {
            let parts = local.split(separator: " ")
            guard case .success(let d) = LocalDate.parse(String(parts[0])), let t = LocalTime.parse(String(parts[1])) else { return 0 }
            return resolver.instant(d, t)
        }

        func scheduler() -> Scheduler {
            var logger = Logger(label: "test")
            logger.logLevel = .critical
            return Scheduler(programme: programme, ledger: ledger, player: player, clock: clock, probe: Probe(), logger: logger)
        }

        func records() throws -> [AiringRecord] { try ledger.reader.records(AiringFilter()) }

        func outcomes() throws -> [String: String] {
            Dictionary(try records().map { ("\($0.identity)#\($0.attempt)", "\($0.outcome.rawValue)/\($0.trigger.rawValue)") },
                       uniquingKeysWith: { a, _ in a })
        }
    }

    static let intro = "2023-11-15/sang/#intro/1/thon-na-mu+toan-xa#1"
    static let chuDe = "2023-11-15/sang/chu-de/1/thon-na-mu+toan-xa#1"
    static let giaDinh = "2023-11-15/sang/gia-dinh/1/thon-na-mu+toan-xa#1"

    @Test func sleepsUntilThePreRollThenAirsTheSessionOnce() async throws {
        let h = try Harness(startLocal: "2023-11-15 05:58:00")
        let scheduler = h.scheduler()
        let task = Task { await scheduler.run() }
        try await eventually("asleep until the pre-roll") { h.clock.sleepingUntil == h.at("2023-11-15 05:59:58") }
        #expect(try h.records().isEmpty)
        h.clock.advance(to: h.at("2023-11-15 05:59:58"))
        try await eventually("the session aired") { try h.records().count == 3 }
        let outcomes = try h.outcomes()
        #expect(outcomes[Self.intro] == "aired/schedule")
        #expect(outcomes[Self.chuDe] == "aired/schedule")
        #expect(outcomes[Self.giaDinh] == "aired/schedule")
        // Next: the 07:00 storm bulletin, no sooner.
        try await eventually("asleep until the next event") { h.clock.sleepingUntil == h.at("2023-11-15 06:59:58") }
        await scheduler.shutdown()
        await task.value
    }

    @Test func underrunsAreLoggedAsADeviceFaultPerDeviceAndTheAiringsCountAsAired() async throws {
        let h = try Harness(startLocal: "2023-11-15 05:59:00", stallFirst: true)
        let scheduler = h.scheduler()
        let task = Task { await scheduler.run() }
        try await eventually("asleep until the pre-roll") { h.clock.sleepingUntil == h.at("2023-11-15 05:59:58") }
        h.clock.advance(to: h.at("2023-11-15 05:59:58"))
        try await eventually("the session aired") { try h.records().count == 3 }
        try await eventually("the faults recorded") { try h.ledger.reader.events().filter { $0.kind == .deviceFault }.count == 2 }
        let faults = try h.ledger.reader.events().filter { $0.kind == .deviceFault }.compactMap(\.detail).sorted()
        #expect(faults.count == 2)
        #expect(faults.first?.hasPrefix("default: the sound broke off 2 times during the session") == true, "\(faults)")
        #expect(faults.last?.hasPrefix("hw:1: ") == true, "\(faults)")
        #expect(try h.outcomes()[Self.chuDe] == "aired/schedule")
        await scheduler.shutdown()
        await task.value
    }

    /// A reload's loudness target and pause apply from the next session on, not only after a restart.
    @Test func aReloadedLoudnessTargetAndPauseReachTheNextSession() async throws {
        let h = try Harness(startLocal: "2023-11-15 05:59:00")
        let scheduler = h.scheduler()
        let task = Task { await scheduler.run() }
        try await eventually("asleep until the pre-roll") { h.clock.sleepingUntil == h.at("2023-11-15 05:59:58") }
        let louder = Self.main.replacingOccurrences(of: "pause = \"0s\"", with: "pause = \"2s\"\nloudness = -16.0")
        await scheduler.replace(try Harness.programme(main: louder, campaign: Self.campaign()))
        try await eventually("asleep again") { h.clock.sleepingUntil == h.at("2023-11-15 05:59:58") }
        h.clock.advance(to: h.at("2023-11-15 05:59:58"))
        try await eventually("the session aired") { try h.records().count == 3 }
        #expect(h.player.settingsSeen.map(\.pauseMs) == [2000])
        #expect(h.player.settingsSeen.map(\.loudness) == [LoudnessTarget(lufs: -16)])
        await scheduler.shutdown()
        await task.value
    }

    @Test func aStepForwardPastTheSessionLogsItMissedAndTheStep() async throws {
        let h = try Harness(startLocal: "2023-11-15 05:00:00")
        let scheduler = h.scheduler()
        let task = Task { await scheduler.run() }
        try await eventually("asleep") { h.clock.sleepingUntil != nil }
        h.clock.step(to: h.at("2023-11-15 06:10:00"))
        try await eventually("missed recorded") { try h.records().count == 3 }
        let records = try h.records()
        #expect(records.allSatisfy { $0.outcome == .missed })
        #expect(records.allSatisfy { $0.reason?.contains("clock was set") == true })
        #expect(try h.ledger.reader.events().contains { $0.kind == .clockStep })
        #expect(h.player.playedPaths.isEmpty)
        await scheduler.shutdown()
        await task.value
    }

    @Test func aStepForwardWithinTheSlotAirsWholeAndLate() async throws {
        let h = try Harness(startLocal: "2023-11-15 05:00:00")
        let scheduler = h.scheduler()
        let task = Task { await scheduler.run() }
        try await eventually("asleep") { h.clock.sleepingUntil != nil }
        h.clock.step(to: h.at("2023-11-15 06:02:00"))
        try await eventually("aired late") { try h.records().count == 3 }
        #expect(try h.outcomes()[Self.chuDe] == "aired/late")
        #expect(h.player.playedPaths.count == 3)
        await scheduler.shutdown()
        await task.value
    }

    @Test func aStepBackAndARestartAirNothingTwice() async throws {
        let h = try Harness(startLocal: "2023-11-15 05:59:59")
        let first = h.scheduler()
        let task = Task { await first.run() }
        try await eventually("aired") { try h.records().count == 3 }
        try await eventually("asleep until 07:00") { h.clock.sleepingUntil == h.at("2023-11-15 06:59:58") }
        h.clock.step(to: h.at("2023-11-15 05:50:00"))
        try await eventually("asleep again after the step back") { h.clock.sleepingUntil != nil }
        #expect(h.clock.sleepingUntil == h.at("2023-11-15 06:59:58"))
        await first.shutdown()
        await task.value
        // A new daemon on the same log, during the session's window.
        h.clock.step(to: h.at("2023-11-15 06:01:00"))
        let second = h.scheduler()
        let task2 = Task { await second.run() }
        try await eventually("asleep") { h.clock.sleepingUntil == h.at("2023-11-15 06:59:58") }
        #expect(try h.records().count == 3)
        #expect(h.player.playedPaths.count == 3)
        await second.shutdown()
        await task2.value
    }

    @Test func anEmergencyInterruptsAndTheInterruptedItemAirsAgainWhole() async throws {
        let h = try Harness(startLocal: "2023-11-15 05:59:59", holdFirst: true)
        let scheduler = h.scheduler()
        let task = Task { await scheduler.run() }
        try await eventually("chu-de on air") { h.player.playedPaths.contains { $0.contains("hold-chu-de") } }
        await scheduler.announce(EmergencyRequest(audioPath: "/srv/khan-cap.wav", title: "Thông báo khẩn: lũ", preempt: true))
        try await eventually("the emergency aired") { try h.records().contains { $0.trigger == .emergency && $0.outcome == .aired } }
        // The player double plays in no time; let the clock reach the rest of the session.
        h.clock.advance(to: h.at("2023-11-15 06:01:00"))
        do {
            try await eventually("emergency aired and the session resumed") {
                try h.records().filter { $0.outcome == .aired }.count == 4
            }
        } catch {
            for r in try h.records() { print("RECORD", r.identity, r.attempt, r.outcome, r.trigger, r.reason ?? "") }
            print("PLAYED", h.player.playedPaths)
            throw error
        }
        let records = try h.records()
        let chuDe = records.filter { $0.identity == String(Self.chuDe.dropLast(2)) }.sorted { $0.attempt < $1.attempt }
        #expect(chuDe.map(\.outcome) == [.interrupted, .aired])
        #expect(chuDe.first?.reason?.contains("emergency") == true)
        #expect(chuDe.last?.trigger == .late)
        let emergency = records.filter { $0.trigger == .emergency }
        #expect(emergency.count == 1 && emergency.first?.outcome == .aired)
        #expect(emergency.first?.title == "Thông báo khẩn: lũ")
        #expect(records.filter { $0.identity == String(Self.giaDinh.dropLast(2)) }.count == 1)
        await scheduler.shutdown()
        await task.value
    }

    @Test func shutdownDuringAnAiringLogsItInterrupted() async throws {
        let h = try Harness(startLocal: "2023-11-15 05:59:59", holdFirst: true)
        let scheduler = h.scheduler()
        let task = Task { await scheduler.run() }
        try await eventually("chu-de on air") { h.player.playedPaths.contains { $0.contains("hold-chu-de") } }
        await scheduler.shutdown()
        await task.value
        let outcomes = try h.outcomes()
        #expect(outcomes[Self.chuDe] == "interrupted/schedule")
        #expect(try h.records().first { $0.identity == String(Self.chuDe.dropLast(2)) }?.reason == AiringLog.stoppedReason)
        #expect(outcomes[Self.giaDinh] == nil)
    }
}
