import Foundation
@testable import LoaAudio
import LoaTestSupport
import Synchronization
import Testing

extension AudioTests {
    /// What only a sound card does, on the test card (TestALSA.card): it plays by the clock, so a late
    /// writer underruns; one program at a time may hold it; it can drop out for a moment.
    @Suite struct CardTests {
        static func joined(_ parts: [[Int16]], pauseFrames: Int) -> [Int16] {
            var out: [Int16] = []
            for (i, part) in parts.enumerated() {
                if i > 0 { out += [Int16](repeating: 0, count: pauseFrames * 2) }
                out += part
            }
            return out
        }

        static func outcomes(_ report: PlaybackReport) -> [ItemReport.Outcome] {
            report.outputs.first?.items.map(\.outcome) ?? []
        }

        /// The writer stalls for four buffers' worth before the second item (as it would behind a slow
        /// disk): the card plays out and underruns. The player recovers, counts it, and every item airs
        /// whole — nothing lost, nothing twice.
        @Test func anUnderrunIsRecoveredCountedAndTheSequenceGoesOn() async throws {
            let scratch = Scratch()
            let parts = try Fixture.writeTones([0.6, 0.6, 0.6], in: scratch)
            let card = try TestALSA.card(scratch.path("card.raw"))
            let settings = PlayerSettings(pauseMs: 100)
            let stallMs = 4 * settings.request.bufferMicroseconds / 1000
            let report = await Player(settings: settings).play((0..<3).map { PlayItem(path: scratch.path("\($0).wav")) },
                                                               devices: [card]) { event in
                if event.index == 1, event.kind == .willStart { usleep(UInt32(stallMs * 1000)) }
            }
            #expect(Self.outcomes(report) == [.played, .played, .played])
            #expect(report.outputs.first?.underruns ?? 0 >= 1)
            let captured = try Fixture.readRaw(scratch.path("card.raw"))
            let whole = captured == Self.joined(parts, pauseFrames: 4800)
            #expect(whole, "captured \(captured.count / 2) frames")
        }

        /// The same seen by an operator: `loa play` on a machine that stops for a second (SIGSTOP, then
        /// SIGCONT) says it recovered an underrun, exits 0, and the card got every sample once.
        @Test func loaPlayRidesOutAMachineThatStallsForASecond() async throws {
            let scratch = Scratch()
            let parts = try Fixture.writeTones([0.6, 0.6, 0.6], in: scratch)
            let capture = scratch.path("card.raw")
            let card = try TestALSA.card(capture)
            var environment = ProcessInfo.processInfo.environment
            environment["ALSA_CONFIG_PATH"] = TestALSA.configPath
            let child = try Child(Paths.loa, ["play", "--device", card] + (0..<3).map { scratch.path("\($0).wav") },
                                  environment: environment)
            // Once the card has been playing for a while, the machine stops for a second.
            let deadline = ContinuousClock.now + .seconds(10)
            while ((try? FileManager.default.attributesOfItem(atPath: capture))?[.size] as? Int ?? 0) < 96_000,
                  ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(5))
            }
            kill(child.pid, SIGSTOP)
            try await Task.sleep(for: .seconds(1))
            kill(child.pid, SIGCONT)
            let result = child.finish()
            let stdout = result.stdout
            #expect(result.exited && result.status == 0, "\(stdout)")
            #expect(stdout.contains("underrun"), "\(stdout)")
            #expect(stdout.components(separatedBy: "played ").count - 1 == 3, "\(stdout)")
            let whole = try Fixture.readRaw(capture) == Self.joined(parts, pauseFrames: 48000)
            #expect(whole)
        }

        /// Another program holds the card: the item fails at once saying so; the card is tried again for
        /// the next item, which plays once the other program has let go.
        @Test func aBusyCardFailsItsItemAtOnceAndIsTriedAgainForTheNext() async throws {
            let scratch = Scratch()
            let parts = try Fixture.writeTones([0.6, 0.6, 0.6], in: scratch)
            let lockPath = scratch.path("card.lock")
            let card = try TestALSA.card(scratch.path("card.raw"), lock: lockPath)
            let other = try OtherProgram(holding: lockPath)
            defer { other.letGo() }
            let started = ContinuousClock.now
            let report = await Player(settings: PlayerSettings(pauseMs: 0)).play(
                (0..<3).map { PlayItem(path: scratch.path("\($0).wav")) }, devices: [card]) { event in
                // The other program lets go once our first item has given up.
                if event.index == 0, case .ended = event.kind { other.letGo() }
            }
            let outcomes = Self.outcomes(report)
            guard case .failed(let reason) = outcomes.first else {
                Issue.record("\(outcomes)")
                return
            }
            #expect(reason.contains("is in use by another program"), "\(reason)")
            #expect(Array(outcomes.dropFirst()) == [.played, .played])
            // Two items of 0.6 s played by the clock, and the failure took no time to speak of.
            #expect(ContinuousClock.now - started < .milliseconds(1200 + 800))
            let played = try Fixture.readRaw(scratch.path("card.raw")) == parts[1] + parts[2]
            #expect(played)
        }

        /// Held by another program throughout: every item fails with the reason, quickly, and the player
        /// does not hang.
        @Test func aCardBusyThroughoutFailsEveryItemQuickly() async throws {
            let scratch = Scratch()
            _ = try Fixture.writeTones([0.6, 0.6, 0.6], in: scratch)
            let lockPath = scratch.path("card.lock")
            let card = try TestALSA.card(scratch.path("card.raw"), lock: lockPath)
            let other = try OtherProgram(holding: lockPath)
            defer { other.letGo() }
            let started = ContinuousClock.now
            let report = await Player().play((0..<3).map { PlayItem(path: scratch.path("\($0).wav")) }, devices: [card])
            #expect(ContinuousClock.now - started < .seconds(1))
            let outcomes = Self.outcomes(report)
            #expect(outcomes.count == 3)
            for outcome in outcomes {
                guard case .failed(let reason) = outcome else {
                    Issue.record("\(outcome)")
                    continue
                }
                #expect(reason.contains("is in use by another program"), "\(reason)")
            }
        }

        /// The card drops out in the middle of the first item (as a USB card whose cable moves) and is
        /// back at once. That item fails with the reason; the player closes the card before opening it
        /// again — a card opens only once, so opening first would find it busy — and the next item plays.
        @Test func aCardThatDropsOutMidItemIsClosedThenOpenedAgainForTheNext() async throws {
            let scratch = Scratch()
            let parts = try Fixture.writeTones([0.6, 0.6, 0.6], in: scratch)
            let unplug = scratch.path("unplug")
            let card = try TestALSA.card(scratch.path("card.raw"), lock: scratch.path("card.lock"), unplug: unplug)
            let report = await Player(settings: PlayerSettings(pauseMs: 0)).play(
                (0..<2).map { PlayItem(path: scratch.path("\($0).wav")) }, devices: [card]) { event in
                if event.index == 0, event.kind == .willStart {
                    DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(300)) {
                        _ = FileManager.default.createFile(atPath: unplug, contents: nil)
                    }
                }
            }
            let outcomes = Self.outcomes(report)
            guard case .failed(let reason) = outcomes.first else {
                Issue.record("\(outcomes)")
                return
            }
            #expect(reason.contains("the device failed") && reason.contains("No such device"), "\(reason)")
            #expect(outcomes.last == .played)
            let captured = try Fixture.readRaw(scratch.path("card.raw"))
            let secondWhole = Array(captured.suffix(parts[1].count)) == parts[1]
            #expect(secondWhole)
            // What the card played of the first item is a beginning of it, no more.
            let firstPart = Array(captured.prefix(captured.count - parts[1].count))
            #expect(firstPart.count > 0 && firstPart.count < parts[0].count && Array(parts[0].prefix(firstPart.count)) == firstPart)
        }
        }

    /// Holds the test card the way another program holding a sound card would (its lock), until `letGo`.
    final class OtherProgram: Sendable {
        private let fd: Mutex<Int32?>

        init(holding lockPath: String) throws {
            let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
            guard fd >= 0, flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                throw FixtureError("cannot lock \(lockPath): \(String(cString: strerror(errno)))")
            }
            self.fd = Mutex(fd)
        }

        func letGo() {
            fd.withLock { fd in
                if let open = fd { close(open) }
                fd = nil
            }
        }
    }
}
