import HTTPTypes
import Foundation
import Hummingbird

/// Every request passes here: the session from its cookie, the language, and for every POST the CSRF
/// token and the role the path needs — in one place, so no page can forget them.
struct ConsoleGuard: RouterMiddleware {
    typealias Context = WebContext

    let sessions: SessionStore
    let accounts: any ConsoleAccounts
    let cookies: CookieMaker
    let pages: PageRenderer

    static let sessionCookie = "loa_session"
    static let loginCookie = "loa_login"
    static let languageCookie = "loa_lang"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        if let id = request.cookies[Self.sessionCookie]?.value, Token.isWellFormed(id), var session = await sessions.find(id) {
            // A removed account, or a password changed since this login, ends the session.
            if let now = accounts.account(named: session.user.name), accounts.passwordStamp(of: now.name) == session.passwordStamp {
                session.user = now
                context.session = session
            } else {
                await sessions.end(id)
            }
        }
        let chosen = request.uri.queryParameters.get("lang").flatMap(WebLanguage.init(rawValue:))
        context.lang = chosen ?? request.cookies[Self.languageCookie].flatMap { WebLanguage(rawValue: $0.value) } ?? .vi

        let path = request.uri.path
        let isPost = request.method == .post
        // /favicon.ico too: a browser asks for it unbidden, and sent to /login it would get a fresh login
        // token cookie, which no longer matches the form's token in the page it was asked from.
        let open = path == "/login" || path.hasPrefix("/assets/") || path == "/favicon.ico"
        if !open, context.session == nil {
            if isPost { return refuse(.forbidden, context, "refused_expired") }
            let back = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            return Redirect.to("/login?next=" + (back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
        }
        if isPost {
            if path == "/login" {
                let form = try await readForm(&request)
                guard let expected = request.cookies[Self.loginCookie]?.value, let given = form["csrf"],
                      Token.isWellFormed(expected), constantTimeEqual(expected, given) else {
                    return refuse(.forbidden, context, "refused_csrf")
                }
                context.form = form
            } else {
                guard let session = context.session else { return refuse(.forbidden, context, "refused_expired") }
                guard let needed = PostRules.role(for: path) else { return refuse(.notFound, context, "refused_not_found") }
                guard PostRules.allows(session.user.role, needed) else { return refuse(.forbidden, context, "refused_role") }
                if let header = request.headers[Self.csrfHeader] {
                    guard constantTimeEqual(session.csrf, header) else { return refuse(.forbidden, context, "refused_csrf") }
                } else {
                    let form = try await readForm(&request)
                    guard let given = form["csrf"], constantTimeEqual(session.csrf, given) else {
                        return refuse(.forbidden, context, "refused_csrf")
                    }
                    context.form = form
                }
            }
        }
        var response = try await next(request, context)
        if let chosen { response.setCookie(cookies.make(Self.languageCookie, chosen.rawValue, maxAge: 365 * 24 * 3600)) }
        SecurityHeaders.add(to: &response)
        return response
    }

    private func readForm(_ request: inout Request) async throws -> FormData {
        let type = request.headers[.contentType] ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else { return FormData() }
        let buffer = try await request.collectBody(upTo: FormData.limitBytes)
        return FormData(urlencoded: String(buffer: buffer))
    }

    private func refuse(_ status: HTTPResponse.Status, _ context: WebContext, _ message: String) -> Response {
        var response = pages.message(status: status, text: WebText.get(message, context.lang), context: context)
        SecurityHeaders.add(to: &response)
        return response
    }
}

/// Which role each POST needs. A path not listed is refused: a new form must be added here to work.
enum PostRules {
    static func role(for path: String) -> WebRole? {
        switch path {
        case "/logout": .viewer
        case "/campaigns/save", "/campaigns/withdraw", "/upload", "/urgent", "/urgent/withdraw": .officer
        case "/campaigns/approve": .approver
        default: nil
        }
    }

    static func allows(_ role: WebRole, _ needed: WebRole) -> Bool {
        switch needed {
        case .viewer: true
        case .officer: role.canEdit
        case .approver: role.canApprove
        }
    }
}

/// Compares secrets without stopping at the first different byte, so timing tells nothing.
func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var diff: UInt8 = 0
    for i in x.indices { diff |= x[i] ^ y[i] }
    return diff == 0
}

enum Redirect {
    static func to(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// Headers every answer carries: no framing (clickjacking), no scripts or styles from elsewhere, no
/// guessing of content types, pages never cached (they show live state and carry CSRF tokens).
enum SecurityHeaders {
    static func add(to response: inout Response) {
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; media-src 'self' blob:; frame-ancestors 'none'; form-action 'self'"
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
    }
}

/// The console's cookies: HTTP-only, SameSite=Strict, Secure when served over HTTPS.
struct CookieMaker: Sendable {
    let secure: Bool

    func make(_ name: String, _ value: String, maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    func expired(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}
