import LoaCore

/// What `loa status` and systemd's STATUS= show: what is on air, what is next, recent device faults.
public struct StatusSnapshot: Sendable {
    public var station: String
    public var updatedMs: Int64
    public var revision: String
    public var onAir: [PlannedAiring]
    public var next: PlannedAiring?
    public var faults: [String]
    /// The station's time as of the programme airing (a reload may change the zone).
    public var resolver: LocalTimeResolver
    /// By when the daemon will write again at the latest (its next event): the heartbeat `loa status` checks.
    public var untilMs: Int64
    /// The zones of the configuration airing: `loa announce` checks a request's zones against them.
    public var zones: [String]
    /// The last reload, if it was refused (the running configuration stayed).
    public var refusedReload: Scheduler.RefusedReload?

    public init(station: String, updatedMs: Int64, revision: String, onAir: [PlannedAiring], next: PlannedAiring?,
                faults: [String], resolver: LocalTimeResolver, untilMs: Int64? = nil, zones: [String] = [],
                refusedReload: Scheduler.RefusedReload? = nil) {
        self.station = station
        self.updatedMs = updatedMs
        self.revision = revision
        self.onAir = onAir
        self.next = next
        self.faults = faults
        self.resolver = resolver
        self.untilMs = untilMs ?? updatedMs
        self.zones = zones
        self.refusedReload = refusedReload
    }

    /// One line for systemd's STATUS=.
    public func line() -> String {
        var parts: [String] = []
        if let current = onAir.first(where: { $0.kind == .item }) ?? onAir.first {
            parts.append("Đang phát / on air: \(current.title)")
        } else {
            parts.append("Chờ / idle")
        }
        if let next {
            let (d, t) = resolver.local(next.startMs)
            parts.append("tiếp theo / next: \(next.title) \(d) \(t)")
        }
        if let refusedReload {
            parts.append("cấu hình mới bị từ chối / new configuration refused (\(refusedReload.count) error(s)); still airing \(revision)")
        }
        return parts.joined(separator: " — ")
    }
}
