/// When each ALSA device is taken on one day, so no two airings overlap on a device. Devices are
/// numbered by the planner: looking a device up by its name hashed a string at every step.
struct DeviceTimeline {
    /// Per device number, busy intervals [start, end) in Unix ms, sorted by start, not overlapping.
    private var busy: [[(start: Int64, end: Int64)]]

    init(devices: Int) {
        busy = Array(repeating: [], count: devices)
    }

    /// The earliest instant at or after `from` at which every one of `devices` is free for `length`.
    func earliestFree(devices: [Int], from: Int64, length: Int64) -> Int64 {
        var t = from
        var moved = true
        while moved {
            moved = false
            for device in devices where busy.indices.contains(device) {
                let intervals = busy[device]
                // Intervals are sorted and disjoint: the first that ends after t is the only candidate.
                var lo = 0, hi = intervals.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if intervals[mid].end <= t { lo = mid + 1 } else { hi = mid }
                }
                var i = lo
                while i < intervals.count, intervals[i].start < t + max(length, 1) {
                    // Only ever forward, so the search ends even if a caller broke the no-overlap rule.
                    if intervals[i].end > t {
                        t = intervals[i].end
                        moved = true
                    }
                    i += 1
                }
            }
        }
        return t
    }

    mutating func take(devices: [Int], start: Int64, end: Int64) {
        // In place, through inout: a copy taken out and put back is copied whole on every insert, which
        // made a day of every-minute airings quadratic.
        for device in devices where busy.indices.contains(device) { Self.insert((start, end), into: &busy[device]) }
    }

    private static func insert(_ interval: (start: Int64, end: Int64), into intervals: inout [(start: Int64, end: Int64)]) {
        var lo = 0, hi = intervals.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if intervals[mid].start < interval.start { lo = mid + 1 } else { hi = mid }
        }
        intervals.insert(interval, at: lo)
    }
}
