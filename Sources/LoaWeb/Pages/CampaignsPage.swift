import Logging
import Foundation
import Hummingbird
import LoaCore

/// Chiến dịch: the campaigns of announcements.d (hand-written ones shown read-only, with their
/// comments, as their files are), those waiting for approval, and the form to add or change one.
struct CampaignsPage {
    let state: ConsoleState
    let store: CampaignStore
    let pages: PageRenderer

    func list(_ request: Request, _ context: WebContext) async -> Response {
        let now = Clock.nowMs
        let result = await state.configuration(nowMs: now)
        var files: [String: [Announcement]] = [:]
        for a in result.timetable?.announcements ?? [] { files[a.source.file, default: []].append(a) }
        let prefix = ConfigLoader.dropInFolderName + "/"
        let active = files.keys.sorted().compactMap { shown -> [String: Any]? in
            guard shown.hasPrefix(prefix), let items = files[shown], let first = items.first else { return nil }
            let name = String(shown.dropFirst(prefix.count))
            let web = store.activeText(name).map(DropInText.isWrittenByConsole) ?? false
            return ["name": name, "campaign": first.campaign ?? first.title, "count": items.count,
                    "dates": dates(first.window), "approvedBy": first.approvedBy ?? "", "web": web]
        }
        let waiting = PendingApproval.names(mainFile: store.settings.config).map { name -> [String: Any] in
            let text = store.pendingText(name) ?? ""
            return ["name": name, "campaign": Self.value(of: "campaign", in: text) ?? name, "author": Self.author(in: text)]
        }
        var data: [String: Any] = ["active": active, "waiting": waiting]
        if let saved = request.uri.queryParameters.get("approved") { data["approvedName"] = saved }
        if !result.diagnostics.errors.isEmpty { data["configBroken"] = true }
        return pages.page("campaigns", active: "/campaigns", data: data, context: context)
    }

    func newForm(_ context: WebContext) async -> Response {
        await form(CampaignForm(), problems: CampaignStore.Problems(), context: context)
    }

    func editForm(_ request: Request, _ context: WebContext) async -> Response {
        guard let name = request.uri.queryParameters.get("name").map { String($0) }, CampaignStore.isSafeName(name),
              let text = store.pendingText(name) ?? store.activeText(name), DropInText.isWrittenByConsole(text) else {
            return pages.message(status: .notFound, text: WebText.get("campaign_not_editable", context.lang), context: context)
        }
        let result = store.checkResult(name: name, text: text, nowMs: Clock.nowMs)
        let shown = ConfigLoader.dropInFolderName + "/" + name
        guard let a = result.timetable?.announcements.first(where: { $0.source.file == shown }) else {
            return pages.message(status: .notFound, text: WebText.get("campaign_not_editable", context.lang), context: context)
        }
        return await form(CampaignForm(file: name, announcement: a), problems: CampaignStore.Problems(), context: context)
    }

    func save(_ context: WebContext) async -> Response {
        guard let user = context.session?.user else { return Redirect.to("/login") }
        let form = CampaignForm(context.form)
        switch store.save(form, by: user, lang: context.lang, nowMs: Clock.nowMs) {
        case .saved(let name):
            context.logger.notice("campaign saved, waiting for approval", metadata: ["file": "pending/\(name)", "by": "\(user.name)"])
            return Redirect.to("/campaigns/pending?name=\(name)&saved=1")
        case .refused(let problems):
            return await self.form(form, problems: problems, context: context, status: .unprocessableContent)
        }
    }

    func pending(_ request: Request, _ context: WebContext) -> Response {
        guard let name = request.uri.queryParameters.get("name").map { String($0) }, let text = store.pendingText(name) else {
            return pages.message(status: .notFound, text: WebText.get("campaign_not_waiting", context.lang), context: context)
        }
        let now = Clock.nowMs
        let result = store.checkResult(name: name, text: text, nowMs: now)
        let rows = PlanPreview.rows(result, file: name, nowMs: now).map(Self.row)
        let data: [String: Any] = ["name": name, "source": text, "preview": rows, "saved": request.uri.queryParameters.get("saved") != nil,
                                   "campaign": Self.value(of: "campaign", in: text) ?? name]
        return pages.page("campaign-pending", active: "/campaigns", data: data, context: context)
    }

    func approve(_ context: WebContext) -> Response {
        guard let user = context.session?.user, let name = context.form.text("name") else { return Redirect.to("/campaigns") }
        switch store.approve(name, by: user, lang: context.lang, nowMs: Clock.nowMs) {
        case .approved:
            context.logger.notice("campaign approved", metadata: ["file": "\(name)", "by": "\(user.name)", "approved_by": "\(user.displayName)"])
            return Redirect.to("/campaigns?approved=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
        case .refused(let problems):
            let lines = problems.fields.values.flatMap { $0 }
            return pages.page("message", active: "/campaigns",
                              data: ["message": WebText.get("campaign_approve_refused", context.lang), "details": lines],
                              context: context, status: .unprocessableContent)
        }
    }

    func withdraw(_ context: WebContext) -> Response {
        if let name = context.form.text("name"), store.withdraw(name) {
            context.logger.notice("campaign withdrawn", metadata: ["file": "pending/\(name)", "by": "\(context.session?.user.name ?? "?")"])
        }
        return Redirect.to("/campaigns")
    }

    /// A drop-in as its file is, comments and all: hand-written files are shown, never rewritten.
    func file(_ request: Request, _ context: WebContext) -> Response {
        guard let name = request.uri.queryParameters.get("name").map { String($0) }, let text = store.activeText(name) else {
            return pages.message(status: .notFound, text: WebText.get("refused_not_found", context.lang), context: context)
        }
        let data: [String: Any] = ["name": name, "source": text, "web": DropInText.isWrittenByConsole(text)]
        return pages.page("campaign-file", active: "/campaigns", data: data, context: context)
    }

    // MARK: - The form

    private func form(_ form: CampaignForm, problems: CampaignStore.Problems, context: WebContext,
                      status: HTTPResponse.Status = .ok) async -> Response {
        let result = await state.configuration(nowMs: Clock.nowMs)
        let t = result.timetable
        var data: [String: Any] = [
            "file": form.file ?? "", "title": form.title, "from": form.from, "until": form.until, "times": form.times,
            "at": form.fixedTimes, "text": form.text, "upload": form.upload ?? "",
            "isText": form.content == "text", "isAudio": form.content != "text",
            "sessions": (t?.slots ?? []).map { ["id": $0.id, "name": $0.name, "start": String($0.start.description.prefix(5)),
                                                 "checked": form.sessions.contains($0.id)] },
            "days": zip(["t2", "t3", "t4", "t5", "t6", "t7", "cn"], Weekday.allCases).map {
                ["id": $0.0, "name": context.lang == .vi ? $0.1.vietnameseName : $0.1.shortName, "checked": form.days.contains($0.0)]
            },
            "zones": (t?.zones ?? []).map { ["id": $0.id, "name": $0.name, "checked": form.zones.contains($0.id)] },
            "priorities": ["normal", "priority", "emergency"].map {
                ["id": $0, "name": WebText.get("priority_" + $0, context.lang), "selected": form.priority == $0]
            },
            "uploadLimitMB": store.settings.uploadLimitBytes / 1_048_576,
            "warnings": problems.warnings,
        ]
        if let token = form.upload, let staged = store.uploads.staged(token) {
            data["uploadName"] = staged.originalName
            data["uploadLength"] = ConfigDuration.clock(milliseconds: staged.durationMs)
        }
        for (field, texts) in problems.fields {
            data["err_" + field] = texts
            data["bad_" + field] = true
        }
        data["hasProblems"] = !problems.isEmpty
        return pages.page("campaign-form", active: "/campaigns", data: data, context: context, status: status)
    }

    private func dates(_ w: DateWindow) -> String {
        switch (w.from, w.until) {
        case let (f?, u?): return "\(f.vietnameseDescription) – \(u.vietnameseDescription)"
        case let (f?, nil): return "từ \(f.vietnameseDescription)"
        case let (nil, u?): return "đến \(u.vietnameseDescription)"
        default: return "—"
        }
    }

    static func row(_ r: PlanPreview.Row) -> [String: Any] {
        ["date": r.date, "time": r.time, "session": r.session, "zones": r.zones, "overflow": r.overflow]
    }

    /// A top-level `key = "value"` of a file the console wrote.
    static func value(of key: String, in text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix(key + " = \"") {
            return String(line.dropFirst(key.count + 4).dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
        }
        return nil
    }

    static func author(in text: String) -> String {
        for line in text.split(separator: "\n") where line.hasPrefix("# Người viết / written by: ") {
            return String(line.dropFirst("# Người viết / written by: ".count))
        }
        return ""
    }
}
