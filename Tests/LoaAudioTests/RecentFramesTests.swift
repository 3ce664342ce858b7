@testable import LoaAudio
import Testing

extension AudioTests {
    /// The ring the output renders into keeps the frames written last, in order, across its laps.
    @Suite struct RecentFramesTests {
        /// Writes frames `from..<to` (each frame `[n, -n]`) as one chunk.
        static func write(_ recent: RecentFrames, _ range: Range<Int>) {
            let start = recent.reserve(range.count)
            for (i, n) in range.enumerated() {
                start[2 * i] = Int16(n)
                start[2 * i + 1] = Int16(-n)
            }
            recent.commit(range.count)
        }

        static func frames(_ range: ClosedRange<Int>) -> [Int16] { range.flatMap { [Int16($0), Int16(-$0)] } }

        @Test func keepsTheLastFramesAcrossLapsOfUnevenChunks() {
            let recent = RecentFrames(channels: 2, keep: 5, largestChunk: 3)
            var next = 0
            for size in [3, 2, 3, 1, 3, 3, 2, 3] {
                Self.write(recent, next..<(next + size))
                next += size
                // However the laps fall, at least `keep` frames are held, the newest last.
                #expect(recent.frames >= min(5, next))
                let back = min(5, next)
                #expect(recent.last(back, take: back) == Self.frames((next - back)...(next - 1)))
            }
            // Frames 0…19 were written.
            #expect(recent.last(5, take: 2) == Self.frames(15...16))
            #expect(recent.last(2, take: 5) == Self.frames(18...19))
        }

        /// The output renders a chunk ahead and writes it a period at a time: until the last part is written,
        /// the frames written before the chunk that are still kept must be there, not the chunk's own.
        @Test func aChunkWrittenAPartAtATimeNeverCoversTheFramesStillKept() {
            let recent = RecentFrames(channels: 2, keep: 3, largestChunk: 4)
            var written = 0
            for size in [4, 4, 2, 4, 3, 4, 4, 1, 4, 4, 4, 2, 4] {
                let start = recent.reserve(size)
                for i in 0..<size {
                    start[2 * i] = Int16(written + i)
                    start[2 * i + 1] = Int16(-(written + i))
                }
                for _ in 0..<size {
                    recent.commit(1)
                    written += 1
                    let back = min(3, written)
                    #expect(recent.last(back, take: back) == Self.frames((written - back)...(written - 1)), "after frame \(written - 1)")
                }
            }
        }

        @Test func aChunkBiggerThanPlannedStartsAfreshAndStillWrites() {
            let recent = RecentFrames(channels: 2, keep: 2, largestChunk: 1)
            Self.write(recent, 0..<2)
            Self.write(recent, 2..<12)
            #expect(recent.last(3, take: 3) == Self.frames(9...11))
        }
    }
}
