import Foundation
@testable import LoaAudio
import Testing

extension AudioTests {
    /// Timing through a PCM paced in real time: a pipe PCM whose reader drains at the byte rate.
    @Suite struct PacedTimingTests {
        @Test func firstSampleReachesALSAWithin10msOfTheInstant() async throws {
            let scratch = Scratch()
            try Fixture.write(Fixture.tone(seconds: 0.5, rate: 48000, channels: 2), to: scratch.path("t.wav"), rate: 48000, channels: 2)
            let reader = PacedReader(in: scratch)
            let start = WallClock.nowNs() + 1_500_000_000
            let report = await Player(settings: PlayerSettings(pauseMs: 0)).play([PlayItem(path: scratch.path("t.wav"))],
                                                                                devices: [reader.device(bytesPerSecond: 192_000)],
                                                                                startNs: start)
            #expect(report.items.map(\.outcome) == [.played])
            let first = try #require(try reader.arrivals().first)
            let lateMs = Double(first.ns - start) / 1e6
            #expect(lateMs >= -1 && lateMs <= 10, "first sample \(lateMs) ms after the instant")
        }

        @Test func stopTakesEffectWithinOnePeriodAndTheFade() async throws {
            let scratch = Scratch()
            try Fixture.write(Fixture.tone(seconds: 4, rate: 48000, channels: 2), to: scratch.path("t.wav"), rate: 48000, channels: 2)
            let reader = PacedReader(in: scratch)
            let settings = PlayerSettings(request: PCMRequest(periodMicroseconds: 50_000, bufferMicroseconds: 200_000), pauseMs: 0, fadeMs: 30)
            let control = PlaybackControl()
            let start = WallClock.nowNs() + 1_000_000_000
            async let played = Player(settings: settings).play([PlayItem(path: scratch.path("t.wav")), PlayItem(path: scratch.path("t.wav"))],
                                                              devices: [reader.device(bytesPerSecond: 192_000)],
                                                              startNs: start, control: control)
            try await Task.sleep(for: .milliseconds(2200))
            control.stop()
            let report = await played
            let requested = try #require(control.requestedNs)
            let output = try #require(report.outputs.first)
            let period = try #require(output.format?.periodFrames)
            let periodNs = Int64(period) * 1_000_000_000 / 48000
            let fadeNs: Int64 = 30_000_000
            let stopped = try #require(output.stoppedNs)
            #expect(stopped - requested <= periodNs + fadeNs + 10_000_000, "stop took \(Double(stopped - requested) / 1e6) ms")
            #expect(report.items.map(\.outcome) == [.stopped, .notPlayed("stopped before it began")])

            // What reached the reader after the request: at most one period, the fade, and the one page the
            // pipe holds.
            let arrivals = try reader.arrivals()
            let total = try #require(arrivals.last?.bytes)
            let before = arrivals.last { $0.ns <= requested }?.bytes ?? 0
            let afterFrames = (total - before) / 4
            #expect(afterFrames <= period + 1440 + 1024, "\(afterFrames) frames after the request")
            #expect(Int64(total / 4) == report.items[0].playedFrames)
        }

        /// The player renders a third of a second ahead and writes it a period at a time. Where the device
        /// cannot take audio back, a stop's fade is made of the frames right after the last one written, not of
        /// audio further on; where it can, of the frames it took back, kept in the ring while the chunk ahead
        /// is rendered over other parts of it. Either way the listener hears the file up to the fade, the fade
        /// goes on from there, and the item counts only what was written.
        @Test(arguments: [(canRewind: false, stopAfterMs: 1700), (canRewind: true, stopAfterMs: 1590)])
        func aStopFadesTheVeryNextFramesOfWhatWasHeard(canRewind: Bool, stopAfterMs: Int) async throws {
            let scratch = Scratch()
            // A ramp that never repeats within the file: a jump anywhere shows.
            let frames = 48000 * 4
            let source = (0..<frames).flatMap { k -> [Int16] in
                let value = Int16(k % 60000 / 2 - 15000)
                return [value, -value]
            }
            try Fixture.write(source, to: scratch.path("ramp.wav"), rate: 48000, channels: 2)
            let reader = PacedReader(in: scratch)
            let settings = PlayerSettings(request: PCMRequest(periodMicroseconds: 50_000, bufferMicroseconds: 200_000), pauseMs: 0, fadeMs: 30)
            let control = PlaybackControl()
            async let played = Player(settings: settings).play([PlayItem(path: scratch.path("ramp.wav"))],
                                                              devices: [reader.device(bytesPerSecond: 192_000, canRewind: canRewind)],
                                                              startNs: WallClock.nowNs() + 500_000_000, control: control)
            // Without rewind, 1.2 s after the instant: written then are that, the buffer and the pipe's page,
            // 68,224 frames, half-way through a chunk (pre-roll 9,600, then chunks of 16,800), 175 ms from either
            // end. With rewind, 1.09 s: early in a chunk, so what the device gives back reaches into the lap before.
            try await Task.sleep(for: .milliseconds(stopAfterMs))
            control.stop()
            let report = await played
            #expect(report.items.map(\.outcome) == [.stopped])

            let heard = try reader.received()
            let total = heard.count / 2
            #expect(Int64(total) == report.items[0].playedFrames)
            let fade = 1440
            try #require(total > fade && total < frames / 2, "\(total) frames reached the reader")
            let plain = total - fade
            if !canRewind {
                let format = try #require(report.outputs.first?.format)
                #expect((plain - format.bufferFrames) % OutputSession.aheadFrames(format) != 0,
                        "the stop came between two chunks (\(plain) frames written), not within one")
            }
            let before = (0..<(plain * 2)).first { heard[$0] != source[$0] }
            #expect(before == nil, "the audio before the fade is not the file's from sample \(before ?? 0)")
            let expected = (0..<(fade * 2)).map { i -> Int16 in
                let factor = Float(fade - i / 2 - 1) / Float(fade)
                return Int16((Float(source[plain * 2 + i]) * factor).rounded())
            }
            let wrong = (0..<(fade * 2)).first { heard[plain * 2 + $0] != expected[$0] }
            #expect(wrong == nil, """
                the fade does not go on from frame \(plain) of the file: at its sample \(wrong ?? 0), \
                heard \(heard[plain * 2 + (wrong ?? 0)]), expected \(expected[wrong ?? 0]) \
                (the file there: \(source[plain * 2 + (wrong ?? 0)]))
                """)
        }
    }
}
