import ArgumentParser
import Foundation
import LoaCore
import LoaLog

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compare the plan with the airing log: planned, aired, missed, minutes on air, per announcement, zone and day.",
        discussion: "Without --from and --to: the campaign's dates when --campaign is given, else the dates in the log. HTML is one printable A4 page."
    )

    @OptionGroup var options: ConfigOption
    @OptionGroup var log: LogOption

    @Option(help: ArgumentHelp("Only this campaign's announcements.", valueName: "NAME"), completion: ConfigCompletion.campaigns)
    var campaign: String?

    @Option(help: ArgumentHelp("First day (2023-11-15 or 15/11/2023).", valueName: "DATE"))
    var from: DateArgument?

    @Option(help: ArgumentHelp("Last day, included.", valueName: "DATE"))
    var to: DateArgument?

    @Option(help: "html, xlsx, csv, json or text.")
    var format: ReportFormat = .html

    @Option(help: "vi or en: the words, and the number format of html (92,5 % or 92.5%).")
    var lang: Language = .vi

    @Flag(help: "CSV for Excel or LibreOffice set to Vietnamese: ';' between fields, decimal comma.")
    var excelVi = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Replace --output if it exists.")
    var force = false

    enum ReportFormat: String, ExpressibleByArgument, Sendable { case html, xlsx, csv, json, text }

    func validate() throws {
        if excelVi, format != .csv {
            throw ValidationError(LocalizedText.excelViIsCSV.shown)
        }
        if format == .xlsx { try SpreadsheetOutput.check(output) }
    }

    func run() throws {
        do {
            try report(nowMs: StationToday.nowMs)
        } catch let failure as CLIFailure {
            throw failure.exit()
        }
    }

    func report(nowMs: Int64) throws {
        let result = Checking.run(configPath: options.config)
        guard let timetable = result.timetable, !result.hasErrors else {
            FileHandle.standardError.write(Data(CheckReportText.render(result, listAudio: false, language: MessageLanguage.current).utf8))
            throw ExitCode(1)
        }
        guard let tz = TimeZone(identifier: timetable.station.timeZoneID) else { throw CLIFailure(LocalizedText(en: "unknown time zone \(timetable.station.timeZoneID)",
                                                                                                                            vi: "không biết múi giờ \(timetable.station.timeZoneID)")) }
        let reader = try log.reader()
        let name = try campaign.map { try Self.campaignNamed($0, timetable: timetable, reader: reader) }
        let members = timetable.announcements.filter { name == nil || $0.campaign == name }
        var window = members.reduce(into: (from: LocalDate?.none, until: LocalDate?.none, open: false)) { w, a in
            if let f = a.window.from { w.from = min(w.from ?? f, f) } else { w.open = true }
            if let u = a.window.until { w.until = max(w.until ?? u, u) } else { w.open = true }
        }
        // A campaign whose file was removed: the days the log planned or aired it.
        if let name, members.isEmpty, let range = try? reader.dateRange(ofCampaign: name) {
            window = (range.lowerBound, range.upperBound, false)
        }
        let logged = try? reader.plannedDateRange()
        let first = from?.date ?? (name != nil && !window.open ? window.from : nil) ?? logged?.lowerBound
        let last = to?.date ?? (name != nil && !window.open ? window.until : nil) ?? logged?.upperBound
        guard let first, let last else {
            throw CLIFailure(LocalizedText(en: "say which days with --from and --to: the log has no airings yet.",
                                           vi: "hãy ghi những ngày cần báo cáo bằng --from và --to: nhật ký chưa có lần phát nào."))
        }
        guard first <= last else { throw CLIFailure(.fromAfterTo(first, last)) }

        // Planned a day at a time as the report goes: a year of every-minute airings never sits in memory.
        let planner = Planner(timetable: timetable, durations: result.durations, timeZone: tz)
        var report: CampaignReport
        do {
            report = try ReportBuilder.build(planDay: { planner.planDay($0).airings }, timetable: timetable, log: reader,
                                             campaign: name, from: first, through: last, asOfMs: nowMs)
        } catch { throw CLIFailure(error.text) }
        report.madeBy = BuildInfo.line
        if !report.plannedFromCurrentFiles.isEmpty {
            let days = report.plannedFromCurrentFiles
            let span = days.count == 1 ? days[0].vietnameseDescription : "\(days.count) days from \(days[0].vietnameseDescription) to \(days[days.count - 1].vietnameseDescription)"
            let note = LocalizedText(
                en: "loa report: \(span): planned from the configuration files as they are now (the log holds no record of what loa planned then).",
                vi: "loa report: \(span): lịch dự kiến lấy từ các tệp cấu hình hiện nay (nhật ký không lưu loa đã dự kiến gì vào lúc đó).")
            FileHandle.standardError.write(Data("\(note.shown)\n".utf8))
        }
        try ProtectedOutput.check(output, log: log.log, config: options.config)
        let out: OutputFile
        do { out = try OutputFile(path: output, force: force) } catch { throw CLIFailure("\(error)") }
        do {
            switch format {
            case .html: try out.sink.write(ReportHTML.render(report, lang: lang, place: timetable.station.place))
            case .xlsx: try XLSXOutput.write(into: out.sink) { path in try ReportXLSX.write(report, lang: lang, to: path) }
            case .csv: try out.sink.write(ReportCSV.render(report, lang: lang, dialect: excelVi ? .excelVI : .programs))
            case .json: try out.sink.write(ReportJSON.render(report))
            case .text: try out.sink.write(ReportPlain.render(report, lang: lang, place: timetable.station.place))
            }
            try out.commit()
        } catch {
            out.abandon()
            throw CLIFailure(LocalizedText(en: "the report was not written: \(error)", vi: "chưa ghi được báo cáo: \(error)"))
        }
    }

    /// The campaign the officer meant (`CampaignName`): among those the configuration names now and those
    /// the log planned or aired, so a campaign whose file was removed is still found.
    static func campaignNamed(_ typed: String, timetable: Timetable, reader: AiringLogReader) throws -> String {
        let configured = timetable.announcements.compactMap(\.campaign)
        let known = configured + ((try? reader.campaigns()) ?? [])
        var files: [String: String] = [:]
        for a in timetable.announcements {
            guard let campaign = a.campaign else { continue }
            let name = (a.source.file as NSString).lastPathComponent
            files[name.hasSuffix(".toml") ? String(name.dropLast(5)) : name] = campaign
        }
        let list = Set(known).sorted().map { "\"\($0)\"" }.joined(separator: ", ")
        switch CampaignName.match(typed, known: known, files: files) {
        case .found(let name): return name
        case .ambiguous(let names):
            let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
            throw CLIFailure(LocalizedText(en: "--campaign \"\(typed)\" fits several campaigns: \(list). Type more of the name.",
                                           vi: "--campaign \"\(typed)\" khớp với nhiều đợt thông báo: \(list). Hãy gõ tên đầy đủ hơn."))
        case .none(let suggestion):
            let hint = suggestion.map { " Did you mean \"\($0)\"?" } ?? ""
            let hintVi = suggestion.map { " Có phải định viết \"\($0)\"?" } ?? ""
            throw CLIFailure(LocalizedText(
                en: "no campaign is named \"\(typed)\" in the configuration or the log.\(hint) Campaigns: \(list.isEmpty ? "none yet" : list).",
                vi: "cấu hình và nhật ký không có đợt thông báo nào tên là \"\(typed)\".\(hintVi) Các đợt thông báo: \(list.isEmpty ? "chưa có" : list)."))
        }
    }
}
