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
    /// Recordings that could not be read at the last (re)load: only their items fail.
    public var itemFaults: [String] = []
    /// Set while loa airs the last valid configuration because the current one cannot be understood.
    public var fallback: String?
    /// By when the daemon will write again at the latest (its next event): the heartbeat `loa status` checks.
    public var untilMs: Int64
    /// The zones of the configuration airing: `loa announce` checks a request's zones against them.
    public var zones: [String]
    /// The last reload, if it was refused (the running configuration stayed).
    public var refusedReload: Scheduler.RefusedReload?

    public init(station: String, updatedMs: Int64, revision: String, onAir: [PlannedAiring], next: PlannedAiring?,
                faults: [String], resolver: LocalTimeResolver, untilMs: Int64? = nil, zones: [String] = [],
                refusedReload: Scheduler.RefusedReload? = nil, itemFaults: [String] = [], fallback: String? = nil) {
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
        self.itemFaults = itemFaults
        self.fallback = fallback
    }

    /// One line for systemd's STATUS=.
    public func line() -> String {
        var parts: [String] = []
        if fallback != nil { parts.append("CẤU HÌNH LỖI, PHÁT CẤU HÌNH CŨ / airing the LAST VALID configuration (see loa status)") }
        if let current = onAir.first(where: { $0.kind == .item }) ?? onAir.first {
            parts.append("Đang phát / on air: \(current.title)")
        } else {
            parts.append("Chờ / idle")
        }
        if let next {
            let (d, t) = resolver.local(next.startMs)
            parts.append("tiếp theo / next: \(next.title) \(d) \(t)")
        }
        if !itemFaults.isEmpty { parts.append("\(itemFaults.count) tệp âm thanh lỗi / recording(s) that cannot be read") }
        if let refusedReload {
            parts.append("cấu hình mới bị từ chối / new configuration refused (\(refusedReload.count) error(s)); still airing \(revision)")
        }
        return parts.joined(separator: " — ")
    }
}
