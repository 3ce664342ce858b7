import ArgumentParser
import Foundation
import LoaCore
import LoaLog

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the airing log as CSV (for Excel and LibreOffice) or JSON.",
        discussion: "Times are shown in the station's time zone. CSV is UTF-8 with a byte-order mark and CRLF line ends, with Vietnamese headers unless --lang en. The JSON schema is described in README-LOG.md."
    )

    @OptionGroup var log: LogOption

    @Option(help: ArgumentHelp("First planned day (2023-11-15 or 15/11/2023).", valueName: "DATE"))
    var from: DateArgument?

    @Option(help: ArgumentHelp("Last planned day, included.", valueName: "DATE"))
    var to: DateArgument?

    @Option(help: ArgumentHelp("Only this campaign's airings.", valueName: "NAME"))
    var campaign: String?

    @Option(help: "csv or json.")
    var format: ExportFormat = .csv

    @Option(help: "Language of the CSV headers and values: vi or en.")
    var lang: Language = .vi

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Replace --output if it exists.")
    var force = false

    enum ExportFormat: String, ExpressibleByArgument, Sendable { case csv, json }

    func validate() throws {
        if let from, let to, from.date > to.date {
            throw ValidationError("--from (\(from.date.vietnameseDescription)) is after --to (\(to.date.vietnameseDescription)).")
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
        let reader = try log.reader()
        let station = LogTimeZone.of(reader)
        let filter = AiringFilter(from: from?.date, through: to?.date, campaign: campaign)
        let out: OutputFile
        do { out = try OutputFile(path: output, force: force) } catch { throw CLIFailure("\(error)") }
        do {
            switch format {
            case .csv:
                var exporter = CSVExporter(lang: lang, timeZone: station.zone)
                try exporter.export(reader, filter: filter, to: out.sink)
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
