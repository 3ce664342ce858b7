/// What a console account may do. Every role sees every page; the roles differ in what they may post.
public enum WebRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// Sees everything, changes nothing.
    case viewer
    /// The culture officer: campaigns, uploads, urgent notices.
    case officer
    /// The chairman or vice-chairman who signs the plan: everything an officer does, and approves campaigns.
    case approver

    /// May add or change campaigns, upload recordings and send urgent notices.
    public var canEdit: Bool { self != .viewer }

    /// May approve a campaign written on the web; their display name becomes its `approved_by`.
    public var canApprove: Bool { self == .approver }

}
