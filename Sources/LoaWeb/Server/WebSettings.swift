import LoaDaemon

/// What `loa web` serves from, and how.
public struct WebSettings: Sendable {
    /// The main configuration file; announcements.d/ beside it is where campaigns are written.
    public var config: String
    /// The airing log, read-only.
    public var log: String
    /// The daemon's status file (`loa status` reads the same).
    public var status: String
    /// Where uploads wait, under random names, until a form that uses them is saved.
    public var uploads: String
    /// The typed-notice cache of the console (WAV files read aloud by espeak-ng).
    public var speechCache: String
    public var host: String
    public var port: Int
    /// Cookies marked Secure: set when the console is reached over HTTPS (a reverse proxy in front, or `tls`).
    public var secureCookies: Bool
    /// HTTPS inside loa web (`--tls-cert`, `--tls-key`); nil: plain HTTP.
    public var tls: WebTLS?
    /// Where the sessions are kept across restarts (`--state-dir`/sessions.json); nil: in memory only.
    public var sessionsFile: String?
    /// A session unused this long ends.
    public var sessionIdleSeconds: Int
    /// A session ends this long after login however it is used.
    public var sessionMaxSeconds: Int
    /// The largest recording accepted, in bytes; a bigger body is refused while it arrives.
    public var uploadLimitBytes: Int

    public init(config: String, log: String, status: String, uploads: String, speechCache: String,
                host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, tls: WebTLS? = nil,
                sessionsFile: String? = nil, sessionIdleSeconds: Int = 30 * 60, sessionMaxSeconds: Int = 12 * 3600,
                uploadLimitBytes: Int = 50 * 1024 * 1024) {
        self.config = config
        self.log = log
        self.status = status
        self.uploads = uploads
        self.speechCache = speechCache
        self.host = host
        self.port = port
        // Over HTTPS the session cookie must never be sent in clear: Secure follows TLS by itself.
        self.secureCookies = secureCookies || tls != nil
        self.tls = tls
        self.sessionsFile = sessionsFile
        self.sessionIdleSeconds = sessionIdleSeconds
        self.sessionMaxSeconds = sessionMaxSeconds
        self.uploadLimitBytes = uploadLimitBytes
    }
}
