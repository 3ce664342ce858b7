/// What of a session still fits before its end when it starts at a given instant: the rule that a session
/// never airs past its `max_length`, however late it starts.
public enum SessionFit {
    public struct Split: Hashable, Sendable {
        /// In order, as they will play back to back with the session's pause between them.
        public var fits: [PlannedAiring]
        /// Those that would end after the session's end: not aired, logged missed with `reason`.
        public var cut: [PlannedAiring]
    }

    /// Takes the items in order, each whole or not at all: an item that would end after `session.slotEndMs`
    /// is cut and the next one is tried in its place (a shorter one may still fit). An intro or outro alone
    /// is not worth airing: when no announcement fits, everything is cut. A fixed-time airing has no end
    /// and always fits.
    public static func split(_ session: AirSession, startingAt atMs: Int64) -> Split {
        guard let endMs = session.slotEndMs else { return Split(fits: session.items, cut: []) }
        var fits: [PlannedAiring] = [], cut: [PlannedAiring] = []
        var cursor = atMs
        for item in session.items {
            let start = fits.isEmpty ? cursor : cursor + session.pauseMs
            if start + item.lengthMs <= endMs {
                fits.append(item)
                cursor = start + item.lengthMs
            } else {
                cut.append(item)
            }
        }
        if !fits.contains(where: { $0.kind == .item }) { return Split(fits: [], cut: session.items) }
        return Split(fits: fits, cut: cut)
    }

    /// Why an item was cut, in the log's words (Vietnamese, then English).
    public static func reason(maxLengthMs: Int64?) -> String {
        let length = maxLengthMs.map { " (max_length \(ConfigDuration.format(milliseconds: $0)))" } ?? ""
        return "không còn đủ thời gian trong buổi phát vì bắt đầu muộn (did not fit in the session after a late start\(length))"
    }
}
