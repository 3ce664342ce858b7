/// The last frames written to a device, so a stop can fade the very audio it took back from the buffer.
struct RecentFrames {
    let channels: Int
    let capacity: Int
    private var samples: [Int16] = []

    init(channels: Int, capacity: Int) {
        self.channels = max(channels, 1)
        self.capacity = capacity
        samples.reserveCapacity(capacity * self.channels)
    }

    var frames: Int { samples.count / channels }

    mutating func append(_ buffer: [Int16], frames: Int) {
        samples.append(contentsOf: buffer.prefix(frames * channels))
        let excess = samples.count - capacity * channels
        if excess > 0 { samples.removeFirst(excess) }
    }

    /// `take` frames starting `back` frames before the end.
    func last(_ back: Int, take: Int) -> [Int16] {
        let start = max(samples.count - back * channels, 0)
        return Array(samples[start..<min(start + take * channels, samples.count)])
    }
}
