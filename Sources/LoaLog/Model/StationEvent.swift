/// Something that happened to the station rather than to one airing; kept in a table of its own.
public struct StationEvent: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable, Hashable {
        case start, stop, reload
        case clockStep = "clock_step"
        case deviceFault = "device_fault"
    }

    public var atMs: Int64
    public var kind: Kind
    public var detail: String?
    public var configRevision: String?

    public init(atMs: Int64, kind: Kind, detail: String? = nil, configRevision: String? = nil) {
        self.atMs = atMs
        self.kind = kind
        self.detail = detail
        self.configRevision = configRevision
    }
}
