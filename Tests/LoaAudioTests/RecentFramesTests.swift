@testable import LoaAudio
import Testing

extension AudioTests {
    /// The ring a stop fades from keeps exactly the last frames written, across its wrap.
    @Suite struct RecentFramesTests {
        @Test func keepsTheLastFramesAcrossTheWrap() {
            var recent = RecentFrames(channels: 2, capacity: 5)
            for start in stride(from: 0, to: 14, by: 2) {
                let frame = (start..<(start + 2)).flatMap { [Int16($0), Int16(-$0)] }
                recent.append(frame + [99, 99], frames: 2)
            }
            // Frames 0…13 were written; the ring holds 9…13.
            #expect(recent.frames == 5)
            #expect(recent.last(5, take: 2) == [9, -9, 10, -10])
            #expect(recent.last(2, take: 5) == [12, -12, 13, -13])
            #expect(recent.last(9, take: 1) == [9, -9])
        }
    }
}
