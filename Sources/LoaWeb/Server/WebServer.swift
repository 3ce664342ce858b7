import Foundation
import Hummingbird
import HummingbirdTLS
import Logging
import NIOCore

/// `loa web`: the router with every page, behind `ConsoleGuard`.
public enum WebServer {
    /// The application, ready to run; `onRunning` gets the port actually bound (port 0 picks a free one).
    public static func application(settings: WebSettings, accounts: any ConsoleAccounts, throttle: any ConsoleThrottle,
                                   logger: Logger = Logger(label: "loa-web"),
                                   onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws -> some ApplicationProtocol {
        let pages = try await PageRenderer.load()
        let router = try routes(settings: settings, accounts: accounts, throttle: throttle, pages: pages, logger: logger)
        let configuration = ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: "loa")
        let running: @Sendable (any Channel) async -> Void = { channel in await onRunning(channel.localAddress?.port ?? settings.port) }
        // HTTPS when a certificate was given (WebTLS checked it at start), else plain HTTP as before.
        if let tls = settings.tls {
            return Application(router: router, server: try .tls(.http1(), tlsConfiguration: tls.configuration),
                               configuration: configuration, onServerRunning: running, logger: logger)
        }
        return Application(router: router, server: .http1(), configuration: configuration, onServerRunning: running, logger: logger)
    }

    /// Runs until SIGTERM or SIGINT, then finishes the requests under way.
    public static func run(settings: WebSettings, accounts: any ConsoleAccounts, throttle: any ConsoleThrottle,
                           onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        let app = try await application(settings: settings, accounts: accounts, throttle: throttle, onRunning: onRunning)
        try await app.runService()
    }

    static func routes(settings: WebSettings, accounts: any ConsoleAccounts, throttle: any ConsoleThrottle,
                       pages: PageRenderer, logger: Logger) throws -> Router<WebContext> {
        try FileManager.default.createDirectory(atPath: settings.uploads, withIntermediateDirectories: true)
        let sessions = SessionStore(idleSeconds: settings.sessionIdleSeconds, maxSeconds: settings.sessionMaxSeconds,
                                    file: settings.sessionsFile, logger: logger)
        let cookies = CookieMaker(secure: settings.secureCookies)
        let state = ConsoleState(settings: settings)
        let assets = AssetFiles()
        let login = LoginPage(accounts: accounts, throttle: throttle, sessions: sessions, cookies: cookies, pages: pages)
        let today = TodayPage(state: state, pages: pages)
        let uploads = UploadStore(folder: settings.uploads, limitBytes: settings.uploadLimitBytes)
        let campaigns = CampaignsPage(state: state, store: CampaignStore(settings: settings, uploads: uploads), pages: pages)
        let upload = UploadRoute(uploads: uploads)
        let plan = PlanPage(state: state, pages: pages)
        let logbook = LogbookPage(state: state, pages: pages)
        let report = ReportPage(state: state, pages: pages)
        let urgent = UrgentPage(state: state, handIn: UrgentHandIn(settings: settings), uploads: uploads, pages: pages)

        let router = Router(context: WebContext.self)
        router.add(middleware: ConsoleGuard(sessions: sessions, accounts: accounts, cookies: cookies, pages: pages))
        router.get("/") { _, _ in Redirect.to("/today") }
        router.get("/assets/:name") { _, context in assets.response(context.parameters.get("name") ?? "") }
        router.get("/login") { request, context in login.show(request, context) }
        router.post("/login") { request, context in await login.submit(request, context) }
        router.post("/logout") { _, context in await login.logout(context) }
        router.get("/today") { _, context in await today.full(context) }
        router.get("/today/live") { _, context in await today.fragment(context) }
        router.get("/campaigns") { request, context in await campaigns.list(request, context) }
        router.get("/campaigns/new") { _, context in await campaigns.newForm(context) }
        router.get("/campaigns/edit") { request, context in await campaigns.editForm(request, context) }
        router.get("/campaigns/pending") { request, context in campaigns.pending(request, context) }
        router.get("/campaigns/file") { request, context in campaigns.file(request, context) }
        router.post("/campaigns/save") { _, context in await campaigns.save(context) }
        router.post("/campaigns/approve") { _, context in campaigns.approve(context) }
        router.post("/campaigns/withdraw") { _, context in campaigns.withdraw(context) }
        router.post("/upload") { request, context in await upload.receive(request, context) }
        router.get("/urgent") { _, context in await urgent.form(context) }
        router.post("/urgent") { _, context in await urgent.submit(context) }
        router.get("/urgent/follow") { request, context in urgent.follow(request, context) }
        router.get("/urgent/follow/live") { request, context in urgent.followLive(request, context) }
        router.post("/urgent/withdraw") { _, context in urgent.withdraw(context) }
        router.get("/plan") { request, context in await plan.show(request, context) }
        router.get("/logbook") { request, context in await logbook.show(request, context) }
        router.get("/report") { request, context in await report.form(request, context) }
        router.get("/report/view") { request, context in await report.download(request, context, format: .html) }
        router.get("/report/download.csv") { request, context in await report.download(request, context, format: .csv) }
        router.get("/report/download.xlsx") { request, context in await report.download(request, context, format: .xlsx) }
        return router
    }
}
