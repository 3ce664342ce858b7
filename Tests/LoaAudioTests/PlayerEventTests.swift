import Foundation
@testable import LoaAudio
import Synchronization
import Testing

extension AudioTests {
    /// The per-item events the daemon writes the airing log from: where they fall in the stream of
    /// frames, their order, and what a stop does to them.
    @Suite struct PlayerEventTests {
        /// What a callback saw: each event, and for a start how many frames the capture file held then.
        final class Recorder: Sendable {
            struct Seen: Hashable { var event: PlayerEvent; var fileFrames: Int? }
            private let seen = Mutex<[Seen]>([])
            let file: String
            let blockMs: Int
            let onStart: (@Sendable (Int) -> Void)?

            init(file: String, blockMs: Int = 0, onStart: (@Sendable (Int) -> Void)? = nil) {
                self.file = file
                self.blockMs = blockMs
                self.onStart = onStart
            }

            var events: [Seen] { seen.withLock { $0 } }
            var kinds: [String] {
                events.map { seen in
                    switch seen.event.kind {
                    case .willStart: "\(seen.event.index):willStart"
                    case .ended(let outcome): "\(seen.event.index):\(outcome)"
                    }
                }
            }

            func callback(_ event: PlayerEvent) {
                var frames: Int?
                if event.kind == .willStart {
                    let attributes = try? FileManager.default.attributesOfItem(atPath: file)
                    frames = (attributes?[.size] as? Int ?? 0) / 4
                    onStart?(event.index)
                    // As a database commit would: the item's first write waits for it.
                    if blockMs > 0 { usleep(UInt32(blockMs * 1000)) }
                }
                seen.withLock { $0.append(Seen(event: event, fileFrames: frames)) }
            }
        }

        @Test func startsFireBeforeTheFirstFrameAndEndsAfterTheLast() async throws {
            let scratch = Scratch()
            let parts = try Fixture.writeTones([0.7, 0.5, 0.6], in: scratch)
            let file = scratch.path("capture.raw")
            let recorder = Recorder(file: file, blockMs: 10)
            let pauseFrames = 250 * 48
            let report = await Player(settings: PlayerSettings(pauseMs: 250))
                .play((0..<3).map { PlayItem(path: scratch.path("\($0).wav")) }, devices: [TestALSA.capture(file)],
                      events: { recorder.callback($0) })

            // A callback that blocks delays writes; it never changes what is written.
            let pause = [Int16](repeating: 0, count: pauseFrames * 2)
            #expect(try Fixture.readRaw(file) == parts[0] + pause + parts[1] + pause + parts[2])
            #expect(recorder.kinds == ["0:willStart", "0:played", "1:willStart", "1:played",
                                       "2:willStart", "2:played"])

            // The file PCM holds back the last buffer it was given (so that it can rewind), so what had
            // reached ALSA at each start is the file plus one buffer: exactly the earlier items and pauses.
            let buffer = try #require(report.outputs.first?.format?.bufferFrames)
            let lengths = parts.map { $0.count / 2 }
            let before = [0, lengths[0] + pauseFrames, lengths[0] + lengths[1] + 2 * pauseFrames]
            let seenAtStarts = recorder.events.compactMap(\.fileFrames)
            #expect(seenAtStarts == before.map { max($0 - buffer, 0) }, "buffer \(buffer)")
            #expect(report.items.map(\.startFrame) == before.map { Int64($0) })
            let times = recorder.events.map(\.event.atNs)
            #expect(times == times.sorted())
            #expect(recorder.events.allSatisfy { $0.event.device == TestALSA.capture(file) })
        }

        @Test func aStopInTheMiddleOfTheSecondItemEndsItStoppedAndTheThirdNeverStarts() async throws {
            let scratch = Scratch()
            // The first item is long enough for the pipe to shrink and the writer to be paced when the
            // second starts, so its start is ahead of the reader by no more than the buffer and a page.
            _ = try Fixture.writeTones([1.0, 1.5, 0.4], in: scratch)
            let reader = PacedReader(in: scratch)
            let control = PlaybackControl()
            // 600 ms into the second item (paced in real time), the stop comes from another thread.
            let recorder = Recorder(file: scratch.path("none")) { index in
                guard index == 1 else { return }
                Thread.detachNewThread {
                    usleep(600_000)
                    control.stop()
                }
            }
            let report = await Player(settings: PlayerSettings(pauseMs: 100))
                .play((0..<3).map { PlayItem(path: scratch.path("\($0).wav")) },
                      devices: [reader.device(bytesPerSecond: 192_000)], control: control, events: { recorder.callback($0) })

            #expect(recorder.kinds == ["0:willStart", "0:played", "1:willStart", "1:stopped",
                                       "2:notPlayed(\"stopped before it began\")"])
            #expect(report.items.map(\.outcome) == [.played, .stopped, .notPlayed("stopped before it began")])
            let second = try #require(report.items.dropFirst().first)
            // The stop takes back what the device had not played: about 0.4 s of it aired, well inside it.
            #expect(second.playedFrames > 48000 / 10 && second.playedFrames < 48000, "\(second.playedFrames) frames of it")
            let ended = try #require(recorder.events.first { $0.event.index == 1 && $0.event.kind != .willStart })
            #expect(ended.event.atNs >= (control.requestedNs ?? .max))
        }

        @Test func aStopBeforeTheInstantPlaysNothingNotEvenAFade() async throws {
            let scratch = Scratch()
            _ = try Fixture.writeTones([0.3, 0.3], in: scratch)
            let file = scratch.path("capture.raw")
            let recorder = Recorder(file: file)
            let control = PlaybackControl()
            control.stop()
            let report = await Player(settings: PlayerSettings(pauseMs: 0))
                .play((0..<2).map { PlayItem(path: scratch.path("\($0).wav")) }, devices: [TestALSA.capture(file)],
                      startNs: WallClock.nowNs() + 300_000_000, control: control, events: { recorder.callback($0) })

            let captured = FileManager.default.fileExists(atPath: file) ? try Fixture.readRaw(file) : []
            #expect(captured.isEmpty, "\(captured.count / 2) frames written")
            #expect(report.items.map(\.outcome) == [.notPlayed("stopped before it began"), .notPlayed("stopped before it began")])
            #expect(report.items.allSatisfy { $0.startFrame == nil && $0.playedFrames == 0 })
            #expect(recorder.kinds == ["0:notPlayed(\"stopped before it began\")", "1:notPlayed(\"stopped before it began\")"])
        }
    }
}
