import CSndFile
import Foundation
@testable import LoaAudio
import Testing

extension AudioTests {
    /// One bad file or one bad device fails its item with its reason; the sequence goes on.
    @Suite struct FaultTests {
        @Test func eachBadFileFailsAloneAndTheNextItemPlays() async throws {
            let scratch = Scratch()
            let good = Fixture.tone(seconds: 0.2, rate: 48000, channels: 2)
            try Fixture.write(good, to: scratch.path("good.wav"), rate: 48000, channels: 2)
            // Cut in its header's promise: the WAV says 1 s, holds 0.5 s.
            try Fixture.write(Fixture.tone(seconds: 1, rate: 48000, channels: 2), to: scratch.path("whole.wav"), rate: 48000, channels: 2)
            let whole = try Data(contentsOf: URL(fileURLWithPath: scratch.path("whole.wav")))
            try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: scratch.path("cut.wav")))
            // Damaged mid-stream: a FLAC whose frames stop in the middle.
            try Fixture.write(Fixture.tone(seconds: 2, rate: 48000, channels: 2), to: scratch.path("whole.flac"), rate: 48000,
                              channels: 2, format: Int32(SF_FORMAT_FLAC | SF_FORMAT_PCM_16))
            let flac = try Data(contentsOf: URL(fileURLWithPath: scratch.path("whole.flac")))
            try flac.prefix(flac.count / 3).write(to: URL(fileURLWithPath: scratch.path("broken.flac")))
            // Not audio at all, and audio in a container libsndfile does not read.
            try Data("ID3 this is not an mp3".utf8).write(to: URL(fileURLWithPath: scratch.path("text.mp3")))
            try FileManager.default.createDirectory(atPath: scratch.path("folder.wav"), withIntermediateDirectories: true)

            let bad: [(String, String)] = [
                ("missing.mp3", "does not exist"),
                ("folder.wav", "cannot be read"),
                ("cut.wav", "cut short"),
                ("broken.flac", "damaged"),
                ("text.mp3", "not audio loa can decode"),
            ]
            var items: [PlayItem] = []
            for (name, _) in bad { items += [PlayItem(path: scratch.path(name)), PlayItem(path: scratch.path("good.wav"))] }
            let (captured, report) = try await playAndCapture(items, in: scratch, settings: PlayerSettings(pauseMs: 10))
            let outcomes = report.items.map(\.outcome)
            for (i, (name, words)) in bad.enumerated() {
                guard case .failed(let reason) = outcomes[2 * i] else {
                    Issue.record("\(name): \(outcomes[2 * i])")
                    continue
                }
                #expect(reason.contains(words), "\(name): \(reason)")
                #expect(outcomes[2 * i + 1] == .played, "the item after \(name)")
            }
            // The broken FLAC played up to its damage; every good item played whole.
            let brokenFrames = report.items[6].playedFrames
            #expect(brokenFrames > 0)
            // Pauses only between items that play: before good 2…5 and before the broken FLAC.
            #expect(captured.count / 2 == 5 * good.count / 2 + Int(brokenFrames) + 5 * 480)
        }

        @Test func aMissingDeviceFailsInUnderASecond() async throws {
            let scratch = Scratch()
            try Fixture.write(Fixture.tone(seconds: 0.5, rate: 48000, channels: 2), to: scratch.path("t.wav"), rate: 48000, channels: 2)
            _ = TestALSA.ready
            let started = ContinuousClock.now
            let report = await Player().play([PlayItem(path: scratch.path("t.wav")), PlayItem(path: scratch.path("t.wav"))],
                                             devices: ["loa_no_such_device"])
            #expect(ContinuousClock.now - started < .seconds(1))
            for item in report.items {
                guard case .failed(let reason) = item.outcome else {
                    Issue.record("\(item.outcome)")
                    continue
                }
                #expect(reason.contains("no ALSA device \"loa_no_such_device\""), "\(reason)")
            }
        }

        @Test func aDeviceThatDiesMidItemFailsThatItemAndIsOpenedAgainForTheNext() async throws {
            let scratch = Scratch()
            let long = Fixture.tone(seconds: 3, rate: 48000, channels: 2)
            let short = Fixture.tone(seconds: 0.3, rate: 48000, channels: 2, hz: 880)
            try Fixture.write(long, to: scratch.path("long.wav"), rate: 48000, channels: 2)
            try Fixture.write(short, to: scratch.path("short.wav"), rate: 48000, channels: 2)
            // Each opening of this PCM starts a reader that takes one second of audio, then quits.
            let device = TestALSA.pipe("head -c 192000 >> \(scratch.path("out.raw"))")
            let started = ContinuousClock.now
            let report = await Player(settings: PlayerSettings(pauseMs: 0)).play(
                [PlayItem(path: scratch.path("long.wav")), PlayItem(path: scratch.path("short.wav"))], devices: [device])
            #expect(ContinuousClock.now - started < .seconds(5))
            let outcomes = report.items.map(\.outcome)
            guard case .failed(let reason) = outcomes.first else {
                Issue.record("\(outcomes)")
                return
            }
            #expect(reason.contains("device failed") && reason.contains("Input/output error"), "\(reason)")
            #expect(outcomes.last == .played)
            let captured = try Fixture.readRaw(scratch.path("out.raw"))
            #expect(Array(captured.suffix(short.count)) == short)
        }
    }
}
