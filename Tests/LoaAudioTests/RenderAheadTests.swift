@testable import LoaAudio
import Testing

extension AudioTests {
    /// The output renders a third of a second ahead of what it has written; a stop hands the rendered,
    /// unwritten frames back to the renderer, and the reports count only what was written.
    @Suite struct RenderAheadTests {
        static let format = PCMFormat(rate: 48000, channels: 2, periodFrames: 2400, bufferFrames: 9600)

        static func renderer(_ seconds: [Double], in scratch: Scratch) throws -> SequenceRenderer {
            _ = try Fixture.writeTones(seconds, in: scratch)
            let items = seconds.indices.map { PreparedItem(item: PlayItem(path: scratch.path("\($0).wav")), gainDB: 0) }
            return SequenceRenderer(items: items, device: "test", settings: PlayerSettings(pauseMs: 0), format: format)
        }

        static func render(_ renderer: SequenceRenderer, frames: Int) -> Int {
            var out = [Int16](repeating: 0, count: frames * 2)
            return out.withUnsafeMutableBufferPointer { b in b.baseAddress.map { renderer.render(into: $0, frames: frames) } ?? 0 }
        }

        static func kinds(_ renderer: SequenceRenderer) -> [String] {
            var kinds: [String] = []
            while let mark = renderer.marks.popFirst() {
                switch mark.kind {
                case .willStart: kinds.append("\(mark.index):willStart@\(mark.frame)")
                case .ended(let outcome): kinds.append("\(mark.index):\(outcome)@\(mark.frame)")
                }
            }
            return kinds
        }

        @Test func anItemOnAirKeepsOnlyTheWrittenFramesAndItsFadeIsCounted() throws {
            let renderer = try Self.renderer([2.0], in: Scratch())
            #expect(Self.render(renderer, frames: 9600 + 16800) == 26400)
            renderer.abandon(unwrittenFrom: 14400, reason: "stopped before it began")
            #expect(renderer.currentItemFrames == 14400)
            #expect(renderer.streamFrames == 14400)
            renderer.stopAfterFadeOfRendered(frames: 1440)
            #expect(renderer.finalReports.map(\.outcome) == [.stopped])
            #expect(renderer.finalReports.map(\.playedFrames) == [15840])
            #expect(Self.kinds(renderer) == ["0:willStart@0", "0:stopped@15840"])
        }

        @Test func anItemThatEndedInWhatWasNotWrittenWasCutThereAndTheNextNeverStarted() throws {
            // 0.5 s = 24,000 frames, then the next at once (no pause); the chunk runs to 30,000.
            let renderer = try Self.renderer([0.5, 0.5], in: Scratch())
            #expect(Self.render(renderer, frames: 30000) == 30000)
            renderer.abandon(unwrittenFrom: 20000, reason: "stopped before it began")
            #expect(renderer.currentItemFrames == nil)
            #expect(renderer.streamFrames == 20000)
            renderer.cancelRest(reason: "stopped before it began")
            let reports = renderer.finalReports
            #expect(reports.map(\.outcome) == [.stopped, .notPlayed("stopped before it began")])
            #expect(reports.map(\.playedFrames) == [20000, 0])
            #expect(reports.map(\.startFrame) == [0, nil])
            #expect(Self.kinds(renderer) == ["0:willStart@0", "0:stopped@20000", "1:notPlayed(\"stopped before it began\")@20000"])
        }

        @Test func nothingRenderedAheadChangesNothing() throws {
            let renderer = try Self.renderer([0.5], in: Scratch())
            #expect(Self.render(renderer, frames: 9600) == 9600)
            renderer.abandon(unwrittenFrom: 9600, reason: "stopped before it began")
            #expect(renderer.currentItemFrames == 9600)
            #expect(renderer.finalReports.map(\.outcome) == [.played])
            #expect(Self.kinds(renderer) == ["0:willStart@0"])
        }
    }
}
