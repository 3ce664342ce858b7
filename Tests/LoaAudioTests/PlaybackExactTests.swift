import CSndFile
import Foundation
@testable import LoaAudio
import Testing

extension AudioTests {
    /// What reaches ALSA, sample for sample, through real libasound and a file PCM.
    @Suite struct PlaybackExactTests {
        @Test func wav16AtDeviceRateArrivesBitExact() async throws {
            let scratch = Scratch()
            let tone = Fixture.tone(seconds: 1.3, rate: 48000, channels: 2, stagger: true)
            try Fixture.write(tone, to: scratch.path("a.wav"), rate: 48000, channels: 2)
            let (captured, report) = try await playAndCapture([PlayItem(path: scratch.path("a.wav"))], in: scratch)
            #expect(report.items.map(\.outcome) == [.played])
            #expect(captured == tone)
        }

        @Test func flacArrivesBitExact() async throws {
            let scratch = Scratch()
            let tone = Fixture.tone(seconds: 0.9, rate: 48000, channels: 2, hz: 1000, stagger: true)
            try Fixture.write(tone, to: scratch.path("a.flac"), rate: 48000, channels: 2, format: Int32(SF_FORMAT_FLAC | SF_FORMAT_PCM_16))
            let (captured, _) = try await playAndCapture([PlayItem(path: scratch.path("a.flac"))], in: scratch)
            #expect(captured == tone)
        }

        @Test func monoIsDuplicatedOnBothSpeakers() async throws {
            let scratch = Scratch()
            let tone = Fixture.tone(seconds: 0.5, rate: 48000, channels: 1, hz: 300)
            try Fixture.write(tone, to: scratch.path("m.wav"), rate: 48000, channels: 1)
            let (captured, _) = try await playAndCapture([PlayItem(path: scratch.path("m.wav"))], in: scratch)
            #expect(captured == tone.flatMap { [$0, $0] })
        }

        @Test func stereoDownMixesToAMonoZone() async throws {
            let scratch = Scratch()
            let tone = Fixture.tone(seconds: 0.5, rate: 48000, channels: 2, hz: 300)
            try Fixture.write(tone, to: scratch.path("s.wav"), rate: 48000, channels: 2)
            let mono = PlayerSettings(request: PCMRequest(channels: 1), pauseMs: 0)
            let (captured, report) = try await playAndCapture([PlayItem(path: scratch.path("s.wav"))], in: scratch, settings: mono)
            #expect(report.outputs.first?.format?.channels == 1)
            #expect(captured == stride(from: 0, to: tone.count, by: 2).map { tone[$0] })
        }

        @Test func resamples22050To48000WithRightLengthAndFrequency() async throws {
            let scratch = Scratch()
            let seconds = 2.0
            let tone = Fixture.tone(seconds: seconds, rate: 22050, channels: 1, hz: 1000)
            try Fixture.write(tone, to: scratch.path("low.wav"), rate: 22050, channels: 1)
            let (captured, _) = try await playAndCapture([PlayItem(path: scratch.path("low.wav"))], in: scratch)
            let frames = captured.count / 2
            #expect(abs(frames - 96000) <= 2, "got \(frames) frames")
            let crossings = zeroCrossings(captured, channels: 2)
            // 1000 Hz for 2 s: 4000 sign changes, give or take the ends.
            #expect(abs(crossings - 4000) <= 2, "got \(crossings) zero crossings")
        }

        @Test func itemGainIsApplied() async throws {
            let scratch = Scratch()
            let tone = Fixture.tone(seconds: 0.3, rate: 48000, channels: 2, amplitude: 0.5)
            try Fixture.write(tone, to: scratch.path("g.wav"), rate: 48000, channels: 2)
            let (captured, report) = try await playAndCapture([PlayItem(path: scratch.path("g.wav"), gainDB: -6.0206)], in: scratch)
            #expect(report.items.first?.appliedGainDB == -6.0206)
            let expected = tone.map { Int16((Float($0) / 2).rounded()) }
            #expect(zip(captured, expected).allSatisfy { abs(Int($0) - Int($1)) <= 1 })
        }

        @Test(arguments: [-16.0, -23.0])
        func normalisesToTheTargetWithoutPassingTheCeiling(target: Double) async throws {
            let scratch = Scratch()
            // A quiet file and a loud, peaky one: the second cannot reach −16 LUFS without limiting the gain.
            let quiet = Fixture.tone(seconds: 4, rate: 48000, channels: 1, hz: 500, amplitude: 0.05)
            try Fixture.write(quiet, to: scratch.path("quiet.wav"), rate: 48000, channels: 1)
            let loud = Fixture.tone(seconds: 4, rate: 44100, channels: 2, hz: 3000, amplitude: 0.9)
            try Fixture.write(loud, to: scratch.path("loud.wav"), rate: 44100, channels: 2)
            let settings = PlayerSettings(pauseMs: 0, loudness: LoudnessTarget(lufs: target, truePeakCeiling: -1))
            for name in ["quiet", "loud"] {
                let (captured, report) = try await playAndCapture([PlayItem(path: scratch.path("\(name).wav"))], in: scratch,
                                                                  settings: settings, name: "\(name).raw")
                try Fixture.write(captured, to: scratch.path("\(name)-out.wav"), rate: 48000, channels: 2)
                let measured = try LoudnessMeter.measure(path: scratch.path("\(name)-out.wav"))
                let ceiling = Int(32768 * pow(10, -1.0 / 20))
                #expect(captured.allSatisfy { abs(Int($0)) <= ceiling }, "\(name): a sample passed −1 dBTP")
                let gain = try #require(report.items.first?.appliedGainDB)
                let source = try LoudnessMeter.measure(path: scratch.path("\(name).wav"))
                let limited = gain < target - (source.integratedLUFS ?? 0) - 0.01
                if limited {
                    #expect(abs(source.truePeakDBTP + gain - -1) < 0.01, "\(name): the gain stops at the ceiling")
                } else {
                    #expect(abs((measured.integratedLUFS ?? 0) - target) <= 0.5, "\(name): \(measured.integratedLUFS ?? 0) LUFS")
                }
            }
        }

        @Test func gaplessSequenceIsTheSourcesWithExactPauses() async throws {
            let scratch = Scratch()
            let parts = [Fixture.tone(seconds: 0.7, rate: 48000, channels: 2, hz: 440, stagger: true),
                         Fixture.tone(seconds: 0.31234, rate: 48000, channels: 2, hz: 660),
                         Fixture.tone(seconds: 1.05, rate: 48000, channels: 2, hz: 880)]
            for (i, part) in parts.enumerated() {
                try Fixture.write(part, to: scratch.path("\(i).flac"), rate: 48000, channels: 2, format: Int32(SF_FORMAT_FLAC | SF_FORMAT_PCM_16))
            }
            let pauseMs = 250
            let settings = PlayerSettings(pauseMs: pauseMs)
            let (captured, report) = try await playAndCapture((0..<3).map { PlayItem(path: scratch.path("\($0).flac")) },
                                                              in: scratch, settings: settings)
            let pause = [Int16](repeating: 0, count: pauseMs * 48 * 2)
            #expect(captured == parts[0] + pause + parts[1] + pause + parts[2])
            #expect(report.items.map(\.startFrame) == [0, Int64(parts[0].count / 2 + pauseMs * 48),
                                                       Int64((parts[0].count + parts[1].count) / 2 + 2 * pauseMs * 48)])
        }

        @Test func severalDevicesStartTogetherAndASharedDevicePlaysOnce() async throws {
            let scratch = Scratch()
            let tone = Fixture.tone(seconds: 0.4, rate: 48000, channels: 2)
            try Fixture.write(tone, to: scratch.path("t.wav"), rate: 48000, channels: 2)
            let a = TestALSA.capture(scratch.path("a.raw"))
            let b = TestALSA.capture(scratch.path("b.raw"))
            let start = WallClock.nowNs() + 1_000_000_000
            let report = await Player(settings: PlayerSettings(pauseMs: 0)).play([PlayItem(path: scratch.path("t.wav"))],
                                                                                devices: [a, b, a], startNs: start)
            #expect(report.outputs.count == 2)
            #expect(try Fixture.readRaw(scratch.path("a.raw")) == tone)
            #expect(try Fixture.readRaw(scratch.path("b.raw")) == tone)
            let firsts = report.outputs.compactMap(\.firstWriteNs)
            #expect(firsts.count == 2)
            #expect(firsts.allSatisfy { $0 >= start && $0 - start < 10_000_000 }, "late by \(firsts.map { Double($0 - start) / 1e6 }) ms")
        }
    }
}
