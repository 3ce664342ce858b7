import ArgumentParser
import Foundation
import LoaCore
import LoaLog

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the airing log as an Excel workbook (xlsx), CSV or JSON.",
        discussion: "Times are shown in the station's time zone. xlsx has typed cells (numbers, dates and times) and opens the same whatever the computer's language. CSV is UTF-8 with a byte-order mark and CRLF line ends, with Vietnamese headers unless --lang en; --excel-vi writes the CSV a Vietnamese Excel reads (';' between fields, decimal comma). The JSON schema is described in README-LOG.md."
    )

    @OptionGroup var log: LogOption

    @Option(help: ArgumentHelp("First planned day (2023-11-15 or 15/11/2023).", valueName: "DATE"))
    var from: DateArgument?

    @Option(help: ArgumentHelp("Last planned day, included.", valueName: "DATE"))
    var to: DateArgument?

    @Option(help: ArgumentHelp("Only this campaign's airings.", valueName: "NAME"), completion: ConfigCompletion.campaigns)
    var campaign: String?

    @Option(help: "csv, xlsx or json.")
    var format: ExportFormat = .csv

    @Option(help: "Language of the CSV and xlsx headers and values: vi or en.")
    var lang: Language = .vi

    @Flag(help: "CSV for Excel or LibreOffice set to Vietnamese: ';' between fields, decimal comma.")
    var excelVi = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Replace --output if it exists.")
    var force = false

    enum ExportFormat: String, ExpressibleByArgument, Sendable { case csv, xlsx, json }

    func validate() throws {
        if excelVi, format != .csv { throw ValidationError(LocalizedText.excelViIsCSV.shown) }
        if format == .xlsx { try SpreadsheetOutput.check(output) }
        if let from, let to, from.date > to.date {
            throw ValidationError(LocalizedText.fromAfterTo(from.date, to.date).shown)
        }
    }

    func run() throws {
        do {
            try export()
        } catch let failure as CLIFailure {
            throw failure.exit()
        }
    }

    func export() throws {
        try ProtectedOutput.check(output, log: log.log)
        let reader = try log.reader()
        let station = LogTimeZone.of(reader)
        let filter = AiringFilter(from: from?.date, through: to?.date, campaign: campaign)
        let out: OutputFile
        do { out = try OutputFile(path: output, force: force) } catch { throw CLIFailure("\(error)") }
        do {
            switch format {
            case .csv:
                var exporter = CSVExporter(lang: lang, timeZone: station.zone, dialect: excelVi ? .excelVI : .programs)
                try exporter.export(reader, filter: filter, to: out.sink)
            case .xlsx:
                var exporter = XLSXExporter(lang: lang, timeZone: station.zone)
                try XLSXOutput.write(into: out.sink) { path in try exporter.export(reader, filter: filter, to: path) }
            case .json:
                var exporter = JSONExporter(station: station.name, timeZoneID: station.id, timeZone: station.zone)
                try exporter.export(reader, filter: filter, to: out.sink)
            }
            try out.commit()
        } catch {
            out.abandon()
            throw CLIFailure("the export was not written: \(error)")
        }
    }
}
