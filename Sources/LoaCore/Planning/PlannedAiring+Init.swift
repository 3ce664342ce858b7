extension PlannedAiring {
    /// Labelled `planned:` because the synthesized memberwise initializer (internal) has the same shape.
    /// For code outside the planner that needs a planned airing of its own making: the airing log's
    /// tests and the daemon's manual and emergency airings.
    public init(planned identity: AiringIdentity, kind: Kind, startMs: Int64, dueMs: Int64, lengthMs: Int64, slotID: String?,
                announcementID: String?, title: String, campaign: String?, zones: [String], devices: [String],
                audio: AudioRef, priority: Priority, gainDB: Double) {
        self.identity = identity
        self.kind = kind
        self.startMs = startMs
        self.dueMs = dueMs
        self.lengthMs = lengthMs
        self.slotID = slotID
        self.announcementID = announcementID
        self.title = title
        self.campaign = campaign
        self.zones = zones
        self.devices = devices
        self.audio = audio
        self.priority = priority
        self.gainDB = gainDB
    }
}
