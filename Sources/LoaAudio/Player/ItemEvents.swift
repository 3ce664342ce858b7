/// Calls the caller's per-item event callback for one device, on that device's output thread, at each
/// mark's place in the stream: a start just before the write that holds the item's first frame, an end
/// just after the write that held its last. Counts the frames handed to ALSA in the renderer's stream
/// frames, so marks and writes line up.
struct ItemEvents {
    let device: String
    let callback: (@Sendable (PlayerEvent) -> Void)?
    /// Stream frames handed to ALSA (or given up on, after a device fault).
    var written: Int64 = 0
    /// The next write is the first at a start instant: the marks at its place fire just after it, not
    /// before (see `OutputSession.write`).
    var holdingFirst = false
    private var ended: [Bool]

    init(device: String, items: Int, callback: (@Sendable (PlayerEvent) -> Void)?) {
        self.device = device
        self.callback = callback
        self.ended = Array(repeating: false, count: items)
    }

    /// Fires the pending marks up to `written`, in order. Before a write, `starts` is true: a start at
    /// `written` belongs to the frame about to be written. After a write it is false, and the first
    /// start stops the run, so a start never fires before the write of its own first frame (and nothing
    /// after it fires before it).
    /// `through`: fire only the marks up to that place (default: `written`).
    mutating func fireDue(_ marks: inout StreamMarks, starts: Bool, through: Int64? = nil) {
        let limit = through ?? written
        while let mark = marks.first, mark.frame <= limit {
            if mark.kind == .willStart, !starts { return }
            _ = marks.popFirst()
            fire(mark)
        }
    }

    /// Fires every pending mark: the sequence is over (drained), or the device failed and what was
    /// rendered will not be written.
    mutating func fireAll(_ marks: inout StreamMarks) {
        while let mark = marks.popFirst() { fire(mark) }
    }

    /// An item no mark ended (a path that ended the sequence without a report) still gets its `ended`,
    /// so the caller can close every row it opened.
    mutating func endUnended(_ reports: [ItemReport]) {
        for (index, report) in reports.enumerated() where index < ended.count && !ended[index] {
            fire(StreamMark(frame: written, index: index, kind: .ended(report.outcome), deviceFault: report.deviceFault))
        }
    }

    private mutating func fire(_ mark: StreamMark) {
        if case .ended = mark.kind {
            if mark.index < ended.count { ended[mark.index] = true }
        }
        guard let callback else { return }
        callback(PlayerEvent(index: mark.index, device: device, kind: mark.kind, atNs: WallClock.nowNs(), deviceFault: mark.deviceFault))
    }
}
