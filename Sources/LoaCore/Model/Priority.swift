public enum Priority: String, CaseIterable, Sendable, Hashable, Codable {
    case normal, priority, emergency

    /// Lower goes first in a slot.
    public var packingRank: Int {
        switch self {
        case .emergency: return 0
        case .priority: return 1
        case .normal: return 2
        }
    }
}
