import Foundation
@testable import LoaAudio
import Testing

extension AudioTests {
    /// The test card's stamps, which the start-precision benchmark (benchmarks/daemon-timing) reads: each
    /// start's wall-clock instant, and each opening's first non-zero frame placed exactly after it.
    @Suite struct CardStampTests {
        static func lines(_ path: String) -> [Int64] {
            ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { Int64($0) }
        }

        /// A sequence that begins with a silent item and a pause: the onset is the start plus the silent
        /// frames at the card's rate, to the nanosecond, once per opening; and no start is before its instant.
        @Test func theOnsetIsTheStartPlusTheSilenceBeforeTheFirstNonZeroFrame() async throws {
            let scratch = Scratch()
            let silence = [Int16](repeating: 0, count: 12_000 * 2)
            try Fixture.write(silence, to: scratch.path("silence.wav"), rate: 48000, channels: 2)
            let tone = Fixture.tone(seconds: 0.2, rate: 48000, channels: 2)
            try Fixture.write(tone, to: scratch.path("tone.wav"), rate: 48000, channels: 2)
            let firstSound = try #require(tone.firstIndex { $0 != 0 }) / 2
            let card = try TestALSA.card(scratch.path("card.raw"), stamp: scratch.path("starts"), onset: scratch.path("onsets"))
            let items = [PlayItem(path: scratch.path("silence.wav")), PlayItem(path: scratch.path("tone.wav"))]
            var instants: [Int64] = []
            for _ in 0..<2 {
                let instant = WallClock.nowNs() + 300_000_000
                instants.append(instant)
                let report = await Player(settings: PlayerSettings(pauseMs: 100)).play(items, devices: [card], startNs: instant)
                #expect(report.items.map(\.outcome) == [.played, .played])
            }
            let starts = Self.lines(scratch.path("starts"))
            let onsets = Self.lines(scratch.path("onsets"))
            try #require(starts.count == 2 && onsets.count == 2, "starts \(starts), onsets \(onsets)")
            let silentFrames = Int64(12_000 + 4_800 + firstSound)
            for (start, onset) in zip(starts, onsets) {
                #expect(onset - start == silentFrames * 1_000_000_000 / 48_000)
            }
            for (start, instant) in zip(starts, instants) {
                #expect(start >= instant, "started \(Double(instant - start) / 1e6) ms before the instant")
            }
        }

        /// Nothing but silence plays: the card started, but no onset is written.
        @Test func silenceAloneHasNoOnset() async throws {
            let scratch = Scratch()
            try Fixture.write([Int16](repeating: 0, count: 4_800 * 2), to: scratch.path("silence.wav"), rate: 48000, channels: 2)
            let card = try TestALSA.card(scratch.path("card.raw"), stamp: scratch.path("starts"), onset: scratch.path("onsets"))
            let report = await Player().play([PlayItem(path: scratch.path("silence.wav"))], devices: [card])
            #expect(report.items.map(\.outcome) == [.played])
            #expect(Self.lines(scratch.path("starts")).count == 1)
            #expect(Self.lines(scratch.path("onsets")).isEmpty)
        }
    }
}
