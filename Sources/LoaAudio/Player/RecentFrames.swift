/// The output's frames, rendered in place: each chunk is rendered straight into this ring and written to
/// ALSA from there, and the ring still holds at least `keep` frames written before the chunk, so a stop
/// can fade the very audio it takes back from the device's buffer. No frame is copied on the way; copying
/// every period into a separate ring cost a tenth of `loa play`'s CPU on a WAV.
///
/// Each chunk is contiguous: one that would run past the end starts a new lap at the front. So the
/// frames in time order are the previous lap from the head to where that lap ended, then the current lap.
/// A chunk may be committed a part at a time, and until all of it is, the frames it was reserved over must
/// not be ones that are still kept: room for two of the largest chunks besides `keep` sees to that (the
/// previous lap ended past `keep` and one chunk, so a new chunk never reaches the kept ones).
/// A class because it hands out pointers into storage it owns; it belongs to one output thread.
final class RecentFrames {
    let channels: Int
    let keep: Int
    private var capacity: Int
    private var storage: UnsafeMutablePointer<Int16>
    /// Frames of the current lap.
    private var head = 0
    /// Where the previous lap ended (0 before the first wrap).
    private var lapEnd = 0

    init(channels: Int, keep: Int, largestChunk: Int) {
        self.channels = max(channels, 1)
        self.keep = max(keep, 0)
        capacity = self.keep + 2 * max(largestChunk, 1)
        storage = .allocate(capacity: capacity * self.channels)
        storage.initialize(repeating: 0, count: capacity * self.channels)
    }

    deinit {
        storage.deallocate()
    }

    /// Frames written and still held, in time order.
    var frames: Int { max(lapEnd, head) }

    /// Room for `count` contiguous frames after the last committed one, valid until the next `reserve`.
    func reserve(_ count: Int) -> UnsafeMutablePointer<Int16> {
        if keep + 2 * count > capacity {
            // A bigger chunk than planned for: start over with room for it (the history is dropped).
            storage.deallocate()
            capacity = keep + 2 * count
            storage = .allocate(capacity: capacity * channels)
            storage.initialize(repeating: 0, count: capacity * channels)
            head = 0
            lapEnd = 0
        } else if head + count > capacity {
            lapEnd = head
            head = 0
        }
        return storage + head * channels
    }

    /// The `count` frames at the reserved place were written.
    func commit(_ count: Int) {
        head += count
        if head >= lapEnd { lapEnd = 0 }
    }

    /// `take` frames starting `back` frames before the end.
    func last(_ back: Int, take: Int) -> [Int16] {
        let total = frames
        let back = min(back, total)
        let count = min(take, back)
        let older = lapEnd > head ? lapEnd - head : 0
        return (0..<(count * channels)).map { sample in
            let logical = total - back + sample / channels
            let physical = logical < older ? head + logical : logical - older
            return storage[physical * channels + sample % channels]
        }
    }
}
