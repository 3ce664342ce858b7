/// What became of one airing. Stored as these raw values; never renamed, since old logs keep them.
public enum Outcome: String, CaseIterable, Sendable, Hashable, Codable {
    /// Written before the first sample; replaced when the airing ends.
    case onAir = "on_air"
    case aired
    /// Stopped before its end: preempted by an emergency, or the daemon stopped.
    case interrupted
    /// Could not play (a device or file fault).
    case failed
    /// Its time passed without it airing (the daemon was down, or it was past its grace window).
    case missed
    /// Deliberately not aired (the operator's choice).
    case skipped

}

/// Why an airing started.
public enum Trigger: String, CaseIterable, Sendable, Hashable, Codable {
    case schedule, late, emergency, manual
}
