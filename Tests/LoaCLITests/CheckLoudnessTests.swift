import Foundation
@testable import LoaCLI
import LoaAudio
import Testing

/// `loa check` decodes every audio file and shows its loudness beside its format.
@Suite struct CheckLoudnessTests {
    @Test func everyAudioFileIsListedWithItsLoudness() {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/valid/not-approved/loa.toml").standardized.path
        let probe = DecodingProbe()
        let result = Checking.run(configPath: fixture, probe: probe)
        let loudness = Dictionary(uniqueKeysWithValues: result.audio.keys.compactMap { path in probe.loudness(path: path).map { (path, $0) } })
        #expect(!loudness.isEmpty)
        let text = CheckReportText.render(result, listAudio: true, loudness: loudness)
        let audioLines = text.split(separator: "\n").filter { $0.contains(".wav") }
        #expect(!audioLines.isEmpty)
        #expect(audioLines.allSatisfy { $0.contains("LUFS") && $0.contains("dBTP") }, "\(text)")
    }

    @Test func aPlayReportNamesEachOutcome() {
        let item = PlayItem(path: "a.mp3")
        let report = PlaybackReport(outputs: [OutputReport(
            device: "plughw:1,0", items: [
                ItemReport(item: item, device: "plughw:1,0", outcome: .played, startFrame: 0, playedFrames: 96000, appliedGainDB: -3, rate: 48000),
                ItemReport(item: item, device: "plughw:1,0", outcome: .failed("the file does not exist"), startFrame: nil, playedFrames: 0, appliedGainDB: 0, rate: 48000),
            ],
            format: PCMFormat(rate: 48000, channels: 2, periodFrames: 2400, bufferFrames: 9600), firstWriteNs: nil, underruns: 2, stoppedNs: nil)])
        let text = PlayReportText.render(report)
        #expect(text.contains("played   0:02  a.mp3, gain -3.0 dB"))
        #expect(text.contains("FAILED   0:00  a.mp3: the file does not exist"))
        #expect(text.contains("2 underruns recovered"))
    }
}
