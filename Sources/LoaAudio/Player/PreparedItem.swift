/// An item with its gain worked out, or the reason it cannot play; made once per sequence, before the
/// start instant, and shared by every device.
struct PreparedItem: Sendable {
    var item: PlayItem
    var gainDB: Double
    /// Set when measuring the file already showed it cannot play.
    var failure: String?

    /// Measures loudness (through the cache) only when the station normalises; a file that cannot be
    /// measured cannot be played either, so it fails here, before anything is on air.
    static func prepare(_ items: [PlayItem], settings: PlayerSettings, cache: LoudnessCache) -> [PreparedItem] {
        items.map { item in
            if let failure = item.failure { return PreparedItem(item: item, gainDB: item.gainDB, failure: failure) }
            guard let target = settings.loudness else { return PreparedItem(item: item, gainDB: item.gainDB) }
            do {
                // The channels asked for, not yet granted (the device opens later, per device); a mono zone
                // asks for one.
                let loudness = try cache.loudness(path: item.path, mono: settings.request.channels == 1)
                return PreparedItem(item: item, gainDB: target.gainDB(for: loudness, itemGainDB: item.gainDB))
            } catch {
                return PreparedItem(item: item, gainDB: item.gainDB, failure: itemReason(error))
            }
        }
    }
}
