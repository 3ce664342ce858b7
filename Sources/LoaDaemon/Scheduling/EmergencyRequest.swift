import LoaCore

/// An announcement to air at once: `loa announce`, or a file dropped into the emergency folder.
public struct EmergencyRequest: Sendable, Hashable {
    public var audioPath: String
    public var title: String
    /// Nil: every zone.
    public var zones: [String]?
    /// True for `--emergency`: stops what is on air. False: airs when its devices are free.
    public var preempt: Bool
    /// Taken when the request arrives, for the log.
    public var audioSHA256: String?
    /// A typed notice's text hash, as `loa announce --text` sent it.
    public var textSHA256: String?
    /// Its length, when the daemon's own check decoded it (`EmergencyService`): the scheduler then has
    /// no file to open.
    public var lengthMs: Int64?
    /// When it was asked for (Unix ms); nil: now. A request that waited too long is not aired late.
    public var requestedMs: Int64?
    /// Where to tell the caller what became of it (`loa announce` requests; nil for a dropped file).
    public var receipt: (folder: RequestFolder, id: String)? {
        get { receiptFolder.flatMap { f in receiptID.map { (f, $0) } } }
        set { receiptFolder = newValue?.folder; receiptID = newValue?.id }
    }
    private var receiptFolder: RequestFolder?
    private var receiptID: String?

    public init(audioPath: String, title: String, zones: [String]? = nil, preempt: Bool = true, requestedMs: Int64? = nil,
                receipt: (folder: RequestFolder, id: String)? = nil, audioSHA256: String? = nil) {
        self.audioSHA256 = audioSHA256
        self.audioPath = audioPath
        self.title = title
        self.zones = zones
        self.preempt = preempt
        self.requestedMs = requestedMs
        self.receiptFolder = receipt?.folder
        self.receiptID = receipt?.id
    }

    /// Tells the caller (if any) where its request stands.
    func report(_ state: Receipt.State, reason: String? = nil, atMs: Int64) {
        guard let receipt else { return }
        receipt.folder.writeReceipt(receipt.id, Receipt(state: state, reason: reason, atMs: atMs))
    }

    /// Zones the request names that the configuration does not have.
    func unknownZones(in timetable: Timetable) -> [String] {
        (zones ?? []).filter { timetable.zone($0) == nil }
    }

    /// The airing it becomes, named `DATE/!HH:MM:SS/announce-NAME/1/ZONES` so it can never collide with a planned one.
    func airing(at nowMs: Int64, lengthMs: Int64, programme: Programme) -> PlannedAiring {
        let t = programme.timetable
        let zones = (self.zones ?? t.zones.map(\.id)).filter { t.zone($0) != nil }.sorted()
        let devices = Array(Set(zones.compactMap { t.zone($0)?.device })).sorted()
        let (date, time) = programme.resolver.local(nowMs)
        let clock = "\(time.hour < 10 ? "0" : "")\(time.hour):\(time.minute < 10 ? "0" : "")\(time.minute):\(time.second < 10 ? "0" : "")\(time.second)"
        let name = audioPath.split(separator: "/").last.map(String.init) ?? "announce"
        let slug = Identifiers.slug(name)
        let identity = AiringIdentity(date: date, slot: "!\(clock)", announcement: "announce-\(slug)", repetition: 1, zones: zones)
        return PlannedAiring(identity: identity, kind: .item, startMs: nowMs, dueMs: nowMs, lengthMs: lengthMs, slotID: nil,
                             announcementID: nil, title: title, campaign: nil, zones: zones, devices: devices,
                             audio: AudioRef(written: audioPath, path: audioPath), priority: preempt ? .emergency : .priority, gainDB: 0)
    }
}
