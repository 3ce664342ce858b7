/// When late is still worth airing, and how far ahead to get ready.
public struct GracePolicy: Hashable, Sendable {
    /// A fixed-time airing may still start this long after its instant.
    public var fixedGraceMs: Int64
    /// Wake this long before a start to open the devices and decode the first buffer.
    public var prerollMs: Int64
    /// A start later than planned by more than this is logged as late.
    public var lateAfterMs: Int64
    /// An airing cut short airs again from its start at most until it has had this many attempts
    /// (`AttemptRule`): a file that crashes loa each time cannot loop.
    public var maxAttempts: Int

    public init(fixedGraceMs: Int64 = 600_000, prerollMs: Int64 = 2_000, lateAfterMs: Int64 = 1_000, maxAttempts: Int = 3) {
        self.maxAttempts = maxAttempts
        self.fixedGraceMs = fixedGraceMs
        self.prerollMs = prerollMs
        self.lateAfterMs = lateAfterMs
    }
}

/// What the scheduler should do now; decided without a clock, a device or a database.
public struct DueDecision: Hashable, Sendable {
    public struct Start: Hashable, Sendable {
        /// The items still to air, in order.
        public var session: AirSession
        /// When its first sample should play (Unix ms).
        public var atMs: Int64
        /// It starts later than planned: the log says `late`.
        public var late: Bool
    }

    /// A session's item that no longer fits before the session's end, its start being late.
    public struct Cut: Hashable, Sendable {
        public var airing: PlannedAiring
        public var maxLengthMs: Int64?
        public var reason: String { SessionFit.reason(maxLengthMs: maxLengthMs) }
    }

    /// Due, never recorded, and past their grace window.
    public var missed: [PlannedAiring] = []
    /// Not started with their session because they would end after it (`SessionFit`): missed too.
    public var cut: [Cut] = []
    public var start: [Start] = []
    /// When to decide again if nothing else happens first.
    public var wakeAtMs: Int64?
}

/// The scheduling rules, pure: an instance airs once; late within its grace window airs whole, marked
/// late; past it, it is missed; a session waits while another holds one of its devices.
public enum DueDecider {
    /// - Parameters:
    ///   - done: identities already in the log that must not air again.
    ///   - busyDevices: devices another session is playing on.
    ///   - inFlight: identities of sessions already started.
    public static func decide(_ sessions: [AirSession], done: Set<String>, inFlight: Set<String>, busyDevices: Set<String>,
                              nowMs: Int64, policy: GracePolicy) -> DueDecision {
        var decision = DueDecision()
        var claimed = busyDevices
        func wake(_ at: Int64) { decision.wakeAtMs = min(decision.wakeAtMs ?? at, at) }
        for session in sessions {
            var pending: [PlannedAiring] = []
            for item in session.items {
                let id = item.identity.description
                guard !done.contains(id), !inFlight.contains(id) else { continue }
                if graceEnd(of: item, in: session, policy) <= nowMs { decision.missed.append(item) } else { pending.append(item) }
            }
            guard let first = pending.first else { continue }
            // Intro and outro are not worth airing around nothing: a session whose items are all gone ends.
            if !pending.contains(where: { $0.kind == .item }) {
                decision.missed += pending
                continue
            }
            if first.startMs - policy.prerollMs > nowMs {
                wake(first.startMs - policy.prerollMs)
                continue
            }
            guard claimed.isDisjoint(with: session.devices) else {
                // Decided again when the devices are free; until then its grace keeps running.
                wake(pending.map { graceEnd(of: $0, in: session, policy) }.min() ?? nowMs)
                continue
            }
            var remaining = session
            remaining.items = pending
            // A late start still gets a moment to open the devices and decode, so it starts whole.
            let at = max(first.startMs, nowMs + min(policy.prerollMs, 500))
            // Never past the session's end: what no longer fits is missed, now, with that reason.
            let split = SessionFit.split(remaining, startingAt: at)
            decision.cut += split.cut.map { DueDecision.Cut(airing: $0, maxLengthMs: session.maxLengthMs) }
            guard let firstFitting = split.fits.first else { continue }
            claimed.formUnion(session.devices)
            remaining.items = split.fits
            decision.start.append(DueDecision.Start(session: remaining, atMs: at, late: at > firstFitting.startMs + policy.lateAfterMs))
        }
        return decision
    }

    /// After this instant the airing is missed rather than aired late.
    public static func graceEnd(of airing: PlannedAiring, in session: AirSession, _ policy: GracePolicy) -> Int64 {
        if let slotEnd = session.slotEndMs { return slotEnd }
        return airing.dueMs + policy.fixedGraceMs
    }
}
