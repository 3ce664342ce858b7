import Foundation
@testable import LoaAudio
import Synchronization
import Testing

extension AudioTests {
    /// A start at an instant: between the instant and the first frame there is only the write. The
    /// events at the stream's first place (a failed first item's end, the first item's start) fire just
    /// after that write, in their order, and every later event as before.
    @Suite struct StartInstantTests {
        final class Seen: Sendable {
            struct Event: Sendable { var kind: String; var atNs: Int64; var cardStarts: Int }
            private let events = Mutex<[Event]>([])
            let starts: String
            init(starts: String) { self.starts = starts }

            func callback(_ event: PlayerEvent) {
                let kind: String
                switch event.kind {
                case .willStart: kind = "\(event.index):willStart"
                case .ended(let outcome): kind = "\(event.index):\(outcome)"
                }
                // How many starts the card has stamped: its start is taken inside the first write.
                let count = CardStampTests.lines(starts).count
                events.withLock { $0.append(Event(kind: kind, atNs: event.atNs, cardStarts: count)) }
            }

            var all: [Event] { events.withLock { $0 } }
        }

        @Test func theFirstEventsFireJustAfterTheFirstWriteAndTheStreamIsUnchanged() async throws {
            let scratch = Scratch()
            let parts = try Fixture.writeTones([0.3, 0.2], in: scratch)
            let card = try TestALSA.card(scratch.path("card.raw"), stamp: scratch.path("starts"))
            let seen = Seen(starts: scratch.path("starts"))
            // A first item that cannot be opened: its end sits at the first place too, before the next start.
            let items = [PlayItem(path: scratch.path("missing.wav"))] + (0..<2).map { PlayItem(path: scratch.path("\($0).wav")) }
            let instant = WallClock.nowNs() + 300_000_000
            let report = await Player(settings: PlayerSettings(pauseMs: 100))
                .play(items, devices: [card], startNs: instant, events: { seen.callback($0) })

            let kinds = seen.all.map(\.kind)
            #expect(kinds.count == 5 && kinds[0].hasPrefix("0:failed"), "\(kinds)")
            #expect(Array(kinds.dropFirst()) == ["1:willStart", "1:played", "2:willStart", "2:played"])
            let starts = CardStampTests.lines(scratch.path("starts"))
            let started = try #require(starts.first)
            #expect(started >= instant, "started \(Double(instant - started) / 1e6) ms before the instant")
            // The card had started when the first events fired: the write came first, then they did.
            #expect(seen.all.prefix(2).allSatisfy { $0.cardStarts == 1 && $0.atNs >= started }, "\(seen.all)")
            // Splitting the first write around the held events changed nothing that plays.
            let pause = [Int16](repeating: 0, count: 4_800 * 2)
            let played = try Fixture.readRaw(scratch.path("card.raw")) == parts[0] + pause + parts[1]
            #expect(played)
            #expect(report.items.map(\.startFrame) == [nil, 0, Int64(parts[0].count / 2 + 4_800)])
        }

        /// Without an instant the start still fires before its first frame is written: the card has not
        /// started when it comes.
        @Test func withoutAnInstantTheStartFiresBeforeTheFirstWrite() async throws {
            let scratch = Scratch()
            _ = try Fixture.writeTones([0.2], in: scratch)
            let card = try TestALSA.card(scratch.path("card.raw"), stamp: scratch.path("starts"))
            let seen = Seen(starts: scratch.path("starts"))
            _ = await Player().play([PlayItem(path: scratch.path("0.wav"))], devices: [card], events: { seen.callback($0) })
            #expect(seen.all.map(\.kind) == ["0:willStart", "0:played"])
            #expect(seen.all.first?.cardStarts == 0)
        }

        /// The class the output thread had is back after the start, so the rest of the session (and a
        /// thread reused for something else) runs as ordinary work.
        @Test func theThreadIsBackInItsOwnClassAfterRestore() {
            var before: Int32 = 0
            var param = sched_param()
            #expect(pthread_getschedparam(pthread_self(), &before, &param) == 0)
            var start = StartInstant.raise()
            let said = start.describe()
            #expect(start.isRealtime ? said.contains("SCHED_FIFO priority 10") : said.hasPrefix("no real-time class"), "\(said)")
            start.restore()
            var after: Int32 = 0
            #expect(pthread_getschedparam(pthread_self(), &after, &param) == 0)
            #expect(after == before)
        }
    }
}
