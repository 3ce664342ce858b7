import LoaCore

/// One file to play, as the player needs it.
public struct PlayItem: Hashable, Sendable {
    public var path: String
    /// The item's own gain, on top of loudness normalisation.
    public var gainDB: Double
    /// What reports call it: the announcement id, or intro/outro.
    public var label: String
    /// Known before it airs not to be playable (a notice that could not be read aloud): the player
    /// reports it failed with this reason and goes on with the next item.
    public var failure: String?

    public init(path: String, gainDB: Double = 0, label: String? = nil, failure: String? = nil) {
        self.failure = failure
        self.path = path
        self.gainDB = gainDB
        self.label = label ?? path
    }

    /// A planned airing of a slot, as the daemon will hand it over.
    public init(_ airing: PlannedAiring) {
        self.init(path: airing.audio.path, gainDB: airing.gainDB, label: airing.announcementID ?? airing.kind.rawValue)
    }
}
