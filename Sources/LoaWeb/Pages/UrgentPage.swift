import Logging
import Foundation
import Hummingbird
import LoaCore
import LoaDaemon

/// Phát ngay: the form (upload, record in the browser, or type), then a page that follows the request
/// until the daemon's receipt says it aired, or why not.
struct UrgentPage {
    let state: ConsoleState
    let handIn: UrgentHandIn
    let uploads: UploadStore
    let pages: PageRenderer

    func form(_ context: WebContext, error: String? = nil, status: HTTPResponse.Status = .ok) async -> Response {
        let running = handIn.runningDaemon()
        // The zones of the configuration airing (the daemon checks a request against them), named as the configuration names them.
        let configured = await state.configuration(nowMs: Clock.nowMs).timetable?.zones ?? []
        var ids: [String] = []
        if case .success(let doc) = running { ids = doc.zones ?? [] }
        if ids.isEmpty { ids = configured.map(\.id) }
        let zones = ids.map { id -> [String: Any] in ["id": id, "name": configured.first { $0.id == id }?.name ?? id] }
        var data: [String: Any] = ["zones": zones, "uploadLimitMB": uploads.limitBytes / 1_048_576, "error": error ?? ""]
        if case .failure(let refusal) = running { data["notRunning"] = refusal.text(context.lang) }
        return pages.page("urgent", active: "/urgent", data: data, context: context, status: status)
    }

    func submit(_ context: WebContext) async -> Response {
        let form = context.form
        let zones = form.all("zones")
        let emergency = form["mode"] == "emergency"
        var title = form.text("title") ?? ""
        let audio: String
        let fileName: String
        var sha: String?
        if form["content"] == "text" {
            guard let text = form.text("text") else { return await self.form(context, error: UrgentHandIn.Refusal.noAudio.text(context.lang), status: .unprocessableContent) }
            let speech = await state.configuration(nowMs: Clock.nowMs).timetable?.station.speech ?? SpeechSettings()
            switch handIn.render(text: text, speech: speech) {
            case .failure(let refusal): return await self.form(context, error: refusal.text(context.lang), status: .unprocessableContent)
            case .success(let rendered):
                audio = rendered.path
                sha = rendered.sha
                fileName = "thong-bao.wav"
                if title.isEmpty { title = "Thông báo: " + String(text.prefix(50)) }
            }
        } else {
            guard let token = form.text("upload"), let staged = uploads.staged(token) else {
                return await self.form(context, error: UrgentHandIn.Refusal.noAudio.text(context.lang), status: .unprocessableContent)
            }
            audio = uploads.path(token)
            fileName = "thong-bao-khan.\(staged.ext)"
            if title.isEmpty { title = "Thông báo khẩn: \(staged.originalName)" }
        }
        switch handIn.handIn(audio: audio, fileName: fileName, title: title, zones: zones, emergency: emergency, textSHA256: sha) {
        case .failure(let refusal):
            return await self.form(context, error: refusal.text(context.lang), status: .unprocessableContent)
        case .success(let id):
            context.logger.notice("urgent notice handed in", metadata: ["id": "\(id)", "title": "\(title)", "emergency": "\(emergency)",
                                                                      "by": "\(context.session?.user.name ?? "?")"])
            return Redirect.to("/urgent/follow?id=\(id)")
        }
    }

    func follow(_ request: Request, _ context: WebContext) -> Response {
        let id = request.uri.queryParameters.get("id").map { String($0) } ?? ""
        guard UrgentHandIn.isRequestID(id) else { return pages.message(status: .notFound, text: WebText.get("refused_not_found", context.lang), context: context) }
        var data = receiptData(id, context)
        data["id"] = id
        return pages.page("urgent-follow", active: "/urgent", data: data, context: context)
    }

    func followLive(_ request: Request, _ context: WebContext) -> Response {
        let id = request.uri.queryParameters.get("id").map { String($0) } ?? ""
        guard UrgentHandIn.isRequestID(id) else { return Response(status: .notFound) }
        var data = receiptData(id, context)
        data["id"] = id
        return pages.fragment("urgent-follow-live", data: data, context: context)
    }

    func withdraw(_ context: WebContext) -> Response {
        let id = context.form.text("id") ?? ""
        handIn.withdraw(id)
        return Redirect.to("/urgent/follow?id=\(UrgentHandIn.isRequestID(id) ? id : "")")
    }

    private func receiptData(_ id: String, _ context: WebContext) -> [String: Any] {
        let receipt = handIn.receipt(id)
        let state = receipt?.state.rawValue ?? "waiting"
        return ["state": state, "stateText": WebText.get("receipt_" + state, context.lang), "reason": receipt?.reason ?? "",
                "final": receipt?.state.isFinal ?? false, "aired": receipt?.state == .aired]
    }
}
