/// Airings that play back to back as one sequence on one set of devices: a run of a session (buổi phát)
/// from its intro to its outro, or one fixed-time airing.
public struct AirSession: Hashable, Sendable {
    /// In playing order; never empty.
    public var items: [PlannedAiring]
    /// For a session's items: when the slot's maximum length runs out. Nil for fixed-time airings.
    public var slotEndMs: Int64?
    /// The slot's `max_length`, for the reason given to what does not fit; nil for fixed-time airings.
    public var maxLengthMs: Int64?
    /// The silence the player leaves between two items of the session.
    public var pauseMs: Int64

    public var devices: [String] { items[0].devices }
    public var startMs: Int64 { items[0].startMs }
    public var endMs: Int64 { items[items.count - 1].endMs }
    public var key: String { items[0].identity.description }

    public init(items: [PlannedAiring], slotEndMs: Int64?, maxLengthMs: Int64? = nil, pauseMs: Int64 = 0) {
        self.items = items
        self.slotEndMs = slotEndMs
        self.maxLengthMs = maxLengthMs
        self.pauseMs = pauseMs
    }
}

public enum AirSessions {
    /// Cuts a plan into sessions: consecutive airings of the same slot, day and devices play as one
    /// sequence; anything that interrupts them on their devices (a fixed-time airing) starts a new one.
    public static func from(_ plan: Plan, timetable: Timetable, resolver: LocalTimeResolver) -> [AirSession] {
        var sessions: [AirSession] = []
        var open: [[String]: Int] = [:]  // device set → index of the session that may still grow
        for airing in Planner.inOrder(plan.airings) {
            if let slotID = airing.slotID, let index = open[airing.devices],
               sessions[index].items.last?.slotID == slotID, sessions[index].items.last?.date == airing.date {
                sessions[index].items.append(airing)
                continue
            }
            // Anything new on a device closes the sessions that share it.
            for (devices, _) in open where devices.contains(where: airing.devices.contains) {
                open[devices] = nil
            }
            var slotEnd: Int64?
            var maxLength: Int64?
            var pause: Int64 = 0
            if let slotID = airing.slotID, let slot = timetable.slot(slotID) {
                slotEnd = resolver.instant(airing.date, slot.start) + slot.maxLengthMs
                maxLength = slot.maxLengthMs
                pause = timetable.pauseMs(of: slot)
            }
            sessions.append(AirSession(items: [airing], slotEndMs: slotEnd, maxLengthMs: maxLength, pauseMs: pause))
            if airing.slotID != nil { open[airing.devices] = sessions.count - 1 }
        }
        return sessions
    }
}
