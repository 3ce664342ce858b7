/// Which devices are failing, as the airings find them, and when that is worth a line in the journal:
/// when a device starts failing, again at its 2nd, 4th, 8th… failed airing (a device that stays broken is
/// not forgotten, and one retried all day writes a dozen lines, not thousands), when the fault changes,
/// and when it works again. Every airing tries its devices; a failure counts once per airing.
struct DeviceFaultTally: Sendable {
    struct Failing: Sendable, Hashable {
        var sinceMs: Int64
        /// Airings that found it failing since `sinceMs`.
        var count: Int
        var fault: String
        var lastAiring: String
    }

    enum Change: Sendable, Hashable {
        /// It failed; `first` when it had worked until now.
        case failing(device: String, Failing, first: Bool)
        case worksAgain(device: String, Failing)
    }

    private(set) var failing: [String: Failing] = [:]

    /// An airing (`airing`: its session's key) could not use `device`. Nil when nothing new is to be said.
    mutating func failed(device: String, fault: String, airing: String, atMs: Int64) -> Change? {
        guard var known = failing[device] else {
            let new = Failing(sinceMs: atMs, count: 1, fault: fault, lastAiring: airing)
            failing[device] = new
            return .failing(device: device, new, first: true)
        }
        guard known.lastAiring != airing else { return nil }
        known.count += 1
        known.lastAiring = airing
        let changed = known.fault != fault
        known.fault = fault
        failing[device] = known
        return changed || known.count & (known.count - 1) == 0 ? .failing(device: device, known, first: false) : nil
    }

    /// An item began on `device`.
    mutating func worked(device: String) -> Change? {
        guard let known = failing.removeValue(forKey: device) else { return nil }
        return .worksAgain(device: device, known)
    }

    /// "1st", "2nd", "3rd", "4th"… "11th", "21st".
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
