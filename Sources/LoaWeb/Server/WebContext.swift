import Hummingbird
import LoaCore
import NIOCore

/// Per request: who is logged in, which language the pages speak, the form already read by the guard.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's address, for the login throttle.
    let clientAddress: String
    var session: SessionStore.Session?
    var lang: WebLanguage = .vi
    /// A urlencoded POST body, read (and its CSRF token checked) by `ConsoleGuard`.
    var form = FormData()

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "?"
    }

    /// Form bodies only: uploads stream through `UploadReceiver` with their own limit.
    public var maxUploadSize: Int { FormData.limitBytes }
}

/// The console's two languages (LoaCore's, which the checker's diagnostics speak): Vietnamese unless
/// the person switched.
typealias WebLanguage = LoaCore.Language
