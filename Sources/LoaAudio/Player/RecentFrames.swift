/// The last frames written to a device, so a stop can fade the very audio it took back from the
/// buffer. A ring: appending a period costs one copy of that period, whatever the capacity.
struct RecentFrames {
    let channels: Int
    let capacity: Int
    private var ring: [Int16]
    /// Where the next sample goes.
    private var head = 0
    private var stored = 0

    init(channels: Int, capacity: Int) {
        self.channels = max(channels, 1)
        self.capacity = max(capacity, 1)
        ring = [Int16](repeating: 0, count: self.capacity * self.channels)
    }

    var frames: Int { stored / channels }

    mutating func append(_ buffer: [Int16], frames: Int) {
        var samples = buffer.prefix(frames * channels)
        if samples.count > ring.count { samples = samples.suffix(ring.count) }
        let first = min(samples.count, ring.count - head)
        ring.replaceSubrange(head..<(head + first), with: samples.prefix(first))
        let rest = samples.count - first
        if rest > 0 { ring.replaceSubrange(0..<rest, with: samples.suffix(rest)) }
        head = (head + samples.count) % ring.count
        stored = min(stored + samples.count, ring.count)
    }

    /// `take` frames starting `back` frames before the end.
    func last(_ back: Int, take: Int) -> [Int16] {
        let back = min(back * channels, stored)
        let count = min(take * channels, back)
        let start = (head - back + ring.count) % ring.count
        return (0..<count).map { ring[(start + $0) % ring.count] }
    }
}
