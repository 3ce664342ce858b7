import HTTPTypes
import Foundation
import Hummingbird
import LoaCore
import LoaLog

/// Báo cáo: LoaLog's campaign report (what `loa report` prints) for a campaign or a range of days:
/// the printable A4 page, and the CSV and XLSX downloads.
struct ReportPage {
    let state: ConsoleState
    let pages: PageRenderer

    func form(_ request: Request, _ context: WebContext) async -> Response {
        let result = await state.configuration(nowMs: Clock.nowMs)
        let chosen = request.uri.queryParameters.get("campaign").map { String($0) } ?? ""
        let campaigns = Set((result.timetable?.announcements ?? []).compactMap(\.campaign)).sorted()
        let q = request.uri.queryParameters
        let query = ["campaign", "from", "to"].compactMap { key in
            q.get(key).flatMap { $0.isEmpty ? nil : "\(key)=\(String($0).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        }.joined(separator: "&")
        let data: [String: Any] = ["campaigns": campaigns.map { ["name": $0, "selected": $0 == chosen] },
                                   "from": q.get("from").map { String($0) } ?? "", "to": q.get("to").map { String($0) } ?? "",
                                   "query": query, "asked": q.get("campaign") != nil || q.get("from") != nil]
        return pages.page("report", active: "/report", data: data, context: context)
    }

    enum Format: String { case html, csv, xlsx }

    func download(_ request: Request, _ context: WebContext, format: Format) async -> Response {
        let now = Clock.nowMs
        let result = await state.configuration(nowMs: now)
        guard let t = result.timetable, !result.hasErrors, let tz = TimeZone(identifier: t.station.timeZoneID) else {
            return pages.message(status: .conflict, text: WebText.get("plan_refused", context.lang), context: context)
        }
        guard let reader = await state.log() else {
            return pages.message(status: .notFound, text: WebText.get("report_none", context.lang), context: context)
        }
        let q = request.uri.queryParameters
        let campaign = q.get("campaign").map { String($0) }.flatMap { $0.isEmpty ? nil : $0 }
        func date(_ key: String) -> LocalDate? {
            guard let text = q.get(key), case .success(let d) = LocalDate.parse(String(text)) else { return nil }
            return d
        }
        let members = t.announcements.filter { campaign == nil || $0.campaign == campaign }
        let froms = members.compactMap { $0.window.from }, untils = members.compactMap { $0.window.until }
        let logged = try? reader.plannedDateRange()
        let first = date("from") ?? (campaign != nil && froms.count == members.count ? froms.min() : nil) ?? logged?.lowerBound
        let last = date("to") ?? (campaign != nil && untils.count == members.count ? untils.max() : nil) ?? logged?.upperBound
        guard let first, let last, first <= last else {
            return pages.message(status: .unprocessableContent, text: WebText.get("report_none", context.lang), context: context)
        }
        let planner = Planner(timetable: t, durations: result.durations, timeZone: tz)
        let lang = context.lang
        do {
            let report = try ReportBuilder.build(planDay: { planner.planDay($0).airings }, timetable: t, log: reader,
                                                 campaign: campaign, from: first, through: last, asOfMs: now)
            let name = "bao-cao-\(campaign.map(Identifiers.slug) ?? "loa")-\(first)-\(last)"
            switch format {
            case .html:
                var response = pages.html(ReportHTML.render(report, lang: lang, place: t.station.place))
                // The report is one self-contained page with its styles inline.
                response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
                return response
            case .csv:
                return file(Array(ReportCSV.render(report, lang: lang).utf8), type: "text/csv; charset=utf-8", name: name + ".csv")
            case .xlsx:
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-web-xlsx-\(Token.make().prefix(16))")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                let path = folder.appendingPathComponent("report.xlsx").path
                try ReportXLSX.write(report, lang: lang, to: path)
                let bytes = FileManager.default.contents(atPath: path) ?? Data()
                return file(Array(bytes), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name: name + ".xlsx")
            }
        } catch {
            return pages.message(status: .internalServerError, text: "\(error)", context: context)
        }
    }

    private func file(_ bytes: [UInt8], type: String, name: String) -> Response {
        var headers: HTTPFields = [.contentType: type]
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
