import Logging
import Foundation
import Hummingbird

/// Login and logout. The login form's CSRF token is a double-submit cookie (there is no session yet);
/// wrong passwords go through the throttle, which slows and then locks a name or an address.
struct LoginPage {
    let accounts: any ConsoleAccounts
    let throttle: any ConsoleThrottle
    let sessions: SessionStore
    let cookies: CookieMaker
    let pages: PageRenderer

    func show(_ request: Request, _ context: WebContext) -> Response {
        form(context, next: safeNext(request.uri.queryParameters.get("next")), error: nil, user: "")
    }

    func submit(_ request: Request, _ context: WebContext) async -> Response {
        let form = context.form
        let user = (form["user"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let password = form["password"] ?? ""
        let next = safeNext(form["next"])
        if let wait = await throttle.waitSeconds(user: user, address: context.clientAddress) {
            return self.form(context, next: next, error: WebText.get("login_wait", context.lang).replacingOccurrences(of: "%d", with: String(wait)), user: user,
                             status: .tooManyRequests)
        }
        // bcrypt is slow on purpose: off the event loop.
        let accounts = accounts
        let found = await Task.detached { accounts.verify(user: user, password: password) }.value
        guard let account = found else {
            await throttle.failed(user: user, address: context.clientAddress)
            context.logger.notice("wrong password", metadata: ["user": "\(user)", "from": "\(context.clientAddress)"])
            return self.form(context, next: next, error: WebText.get("login_wrong", context.lang), user: user, status: .unauthorized)
        }
        await throttle.succeeded(user: user, address: context.clientAddress)
        let session = await sessions.create(for: account, passwordStamp: accounts.passwordStamp(of: account.name) ?? "")
        var response = Redirect.to(next)
        response.setCookie(cookies.make(ConsoleGuard.sessionCookie, session.id))
        response.setCookie(cookies.expired(ConsoleGuard.loginCookie))
        return response
    }

    func logout(_ context: WebContext) async -> Response {
        if let id = context.session?.id { await sessions.end(id) }
        var response = Redirect.to("/login")
        response.setCookie(cookies.expired(ConsoleGuard.sessionCookie))
        return response
    }

    private func form(_ context: WebContext, next: String, error: String?, user: String, status: HTTPResponse.Status = .ok) -> Response {
        let token = Token.make()
        var response = pages.page("login", active: "", data: ["loginToken": token, "next": next, "error": error ?? "", "typedUser": user],
                                  context: context, status: status)
        response.setCookie(cookies.make(ConsoleGuard.loginCookie, token, maxAge: 3600))
        return response
    }

    /// Only a path of this site: never `//elsewhere` or `https://…` (an open redirect).
    private func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), !next.hasPrefix("/login") else { return "/today" }
        return next
    }
}
