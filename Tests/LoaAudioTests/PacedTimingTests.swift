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
    }
}
