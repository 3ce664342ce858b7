import Foundation

/// What `loa announce` writes into the emergency folder, as `ID.json`.
public struct AnnounceRequest: Codable, Sendable {
    /// Names the request's files (`ID.json`, `.receipts/ID.json`, `.withdrawn/ID`) and its audio copy.
    /// Nil in requests written by an older `loa announce`: those get no receipt.
    public var id: String?
    public var audio: String
    public var title: String
    public var zones: [String]?
    public var emergency: Bool
    /// When it was asked for (Unix ms): a request that waited longer than the daemon allows is not aired late.
    public var requestedMs: Int64?
    /// A typed notice (`loa announce --text`): the SHA-256 of its text, for the log.
    public var textSHA256: String?

    public init(id: String?, audio: String, title: String, zones: [String]?, emergency: Bool, requestedMs: Int64?,
                textSHA256: String? = nil) {
        self.textSHA256 = textSHA256
        self.id = id
        self.audio = audio
        self.title = title
        self.zones = zones
        self.emergency = emergency
        self.requestedMs = requestedMs
    }
}
