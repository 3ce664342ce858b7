/// What the log says of one planned instance, as far as airing it again goes.
public struct RecordedInstance: Hashable, Sendable {
    /// How many attempts the log holds.
    public var attempts: Int
    /// Its latest attempt was cut short (interrupted: by an emergency, a stop, a crash or a power cut).
    public var cut: Bool
    /// One of its attempts aired.
    public var aired: Bool

    public init(attempts: Int, cut: Bool, aired: Bool = false) {
        self.attempts = attempts
        self.cut = cut
        self.aired = aired
    }
}

/// When an airing cut short airs again: from its start, as a new attempt, while its grace window still
/// has room (`DueDecider`'s ordinary rule) and it has had fewer than `GracePolicy.maxAttempts` attempts,
/// so a file that makes loa crash each time it plays cannot keep the station in a loop.
public enum AttemptRule {
    /// The identities that must not air again: every recorded instance but those cut with attempts left.
    public static func settled(_ recorded: [String: RecordedInstance], policy: GracePolicy) -> Set<String> {
        Set(recorded.filter { !airsAgain($0.value, policy: policy) }.keys)
    }

    /// The recorded instances that may air again as a new attempt.
    public static func again(_ recorded: [String: RecordedInstance], policy: GracePolicy) -> Set<String> {
        Set(recorded.filter { airsAgain($0.value, policy: policy) }.keys)
    }

    public static func airsAgain(_ r: RecordedInstance, policy: GracePolicy) -> Bool {
        r.cut && !r.aired && r.attempts < policy.maxAttempts
    }
}
