import Foundation
@testable import LoaAudio

/// Plays items into a capture PCM and returns what reached ALSA.
func playAndCapture(_ items: [PlayItem], in scratch: Scratch, settings: PlayerSettings = PlayerSettings(pauseMs: 0),
                    name: String = "capture.raw") async throws -> (samples: [Int16], report: PlaybackReport) {
    let file = scratch.path(name)
    let report = await Player(settings: settings).play(items, devices: [TestALSA.capture(file)])
    let samples = FileManager.default.fileExists(atPath: file) ? try Fixture.readRaw(file) : []
    return (samples, report)
}
