/// Where in a device's stream an item starts or ends, noted by the renderer when it renders that
/// place and fired by the output session when the frames before it have reached ALSA. Rendering runs
/// ahead of writing (the pre-roll is a whole buffer; a period may hold the end of one item, the pause
/// and the start of the next), so the place, not the moment of rendering, decides when an event fires.
struct StreamMark: Hashable {
    /// Stream frames before the place: for a start, its first frame; for an end, one past its last.
    var frame: Int64
    var index: Int
    var kind: PlayerEvent.Kind
    /// For an end the device caused, its fault.
    var deviceFault: String? = nil
}

/// First in, first out; marks are appended in stream order, which is sequence order.
struct StreamMarks {
    private var marks: [StreamMark] = []
    private var head = 0

    var first: StreamMark? { head < marks.count ? marks[head] : nil }

    /// The place of the first pending mark past `frame`, without taking any (and without allocating).
    func firstFrame(after frame: Int64) -> Int64? {
        var i = head
        while i < marks.count {
            if marks[i].frame > frame { return marks[i].frame }
            i += 1
        }
        return nil
    }

    mutating func append(_ mark: StreamMark) {
        // Reclaim the consumed prefix now and then, so a long sequence does not keep every mark.
        if head > 64, head * 2 > marks.count {
            marks.removeFirst(head)
            head = 0
        }
        marks.append(mark)
    }

    mutating func popFirst() -> StreamMark? {
        guard head < marks.count else { return nil }
        head += 1
        return marks[head - 1]
    }

    /// Forgets the pending marks of the items in `indices` at or past `frame` (what was taken back before
    /// it reached ALSA); a start before it stays.
    mutating func remove(items indices: Set<Int>, from frame: Int64) {
        marks = Array(marks[head...]).filter { !indices.contains($0.index) || $0.frame < frame }
        head = 0
    }
}
