import LoaCore

/// What the daemon knows when it is about to play the first sample: the first of the two writes.
public struct AiringStart: Hashable, Sendable {
    public var identity: AiringIdentity
    public var kind: PlannedAiring.Kind
    public var plannedStartMs: Int64
    /// The instant of the first sample.
    public var startMs: Int64
    public var announcementID: String?
    public var title: String
    public var campaign: String?
    public var devices: [String]
    public var audioPath: String?
    public var audioSHA256: String?
    public var priority: Priority
    public var trigger: Trigger
    public var configRevision: String?
    /// Schema v2: the hash of a spoken text's NFC UTF-8, when the audio was synthesised from text.
    public var textSHA256: String?

    public init(identity: AiringIdentity, kind: PlannedAiring.Kind, plannedStartMs: Int64, startMs: Int64,
                announcementID: String?, title: String, campaign: String?, devices: [String], audioPath: String?,
                audioSHA256: String?, priority: Priority, trigger: Trigger, configRevision: String?,
                textSHA256: String? = nil) {
        self.textSHA256 = textSHA256
        self.identity = identity
        self.kind = kind
        self.plannedStartMs = plannedStartMs
        self.startMs = startMs
        self.announcementID = announcementID
        self.title = title
        self.campaign = campaign
        self.devices = devices
        self.audioPath = audioPath
        self.audioSHA256 = audioSHA256
        self.priority = priority
        self.trigger = trigger
        self.configRevision = configRevision
    }

    /// A planned airing starting now.
    public init(_ planned: PlannedAiring, startMs: Int64, trigger: Trigger, audioSHA256: String?, configRevision: String?,
                textSHA256: String? = nil) {
        self.init(identity: planned.identity, kind: planned.kind, plannedStartMs: planned.startMs, startMs: startMs,
                  announcementID: planned.announcementID, title: planned.title, campaign: planned.campaign,
                  devices: planned.devices, audioPath: planned.audio.path, audioSHA256: audioSHA256,
                  priority: planned.priority, trigger: trigger, configRevision: configRevision, textSHA256: textSHA256)
    }
}
