import Foundation
@testable import LoaAudio
import Testing

extension AudioTests {
    /// A mono zone is normalised on what it plays: the down-mix, measured as one channel.
    @Suite struct MonoLoudnessTests {
        @Test func aMonoZoneReachesTheTargetMeasuredAsMono() async throws {
            let scratch = Scratch()
            // The same tone on both channels: as stereo it reads 3 dB louder than its mono mix.
            let tone = Fixture.tone(seconds: 4, rate: 48000, channels: 2, hz: 1000, amplitude: 0.1)
            try Fixture.write(tone, to: scratch.path("s.wav"), rate: 48000, channels: 2)
            let target = -20.0
            let mono = PlayerSettings(request: PCMRequest(channels: 1), pauseMs: 0, loudness: LoudnessTarget(lufs: target))
            let (captured, report) = try await playAndCapture([PlayItem(path: scratch.path("s.wav"))], in: scratch, settings: mono)
            #expect(report.outputs.first?.format?.channels == 1)
            try Fixture.write(captured, to: scratch.path("out.wav"), rate: 48000, channels: 1)
            let measured = try LoudnessMeter.measure(path: scratch.path("out.wav"), mono: true)
            #expect(abs((measured.integratedLUFS ?? 0) - target) <= 0.5, "\(measured.integratedLUFS ?? 0) LUFS in the mono zone")

            let stereo = try LoudnessMeter.measure(path: scratch.path("s.wav"))
            let asMono = try LoudnessMeter.measure(path: scratch.path("s.wav"), mono: true)
            let difference = (stereo.integratedLUFS ?? 0) - (asMono.integratedLUFS ?? 0)
            #expect(abs(difference - 3.01) < 0.1, "stereo reads \(difference) dB above its mono mix")
        }
    }
}
