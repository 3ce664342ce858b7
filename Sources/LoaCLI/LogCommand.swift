import ArgumentParser
import Foundation
import LoaCore
import LoaLog

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "The broadcast logbook (sổ nhật ký): one line per airing, in time order.",
        discussion: "Without --from and --to: this week, Monday to Sunday, in the station's time zone."
    )

    @OptionGroup var log: LogOption

    @Option(help: ArgumentHelp("First day (2023-11-15 or 15/11/2023).", valueName: "DATE"))
    var from: DateArgument?

    @Option(help: ArgumentHelp("Last day, included.", valueName: "DATE"))
    var to: DateArgument?

    @Option(help: ArgumentHelp("Only airings with this outcome (on_air, aired, interrupted, failed, missed, skipped); may be repeated.", valueName: "OUTCOME"))
    var outcome: [Outcome] = []

    @Option(help: "vi or en.")
    var lang: Language = .vi

    func run() throws {
        do {
            let reader = try log.reader()
            let station = LogTimeZone.of(reader)
            let today = StationToday.date(timeZoneID: station.id)
            let monday = today.adding(days: -today.weekday.rawValue)
            let first = from?.date ?? to?.date.adding(days: -6) ?? monday
            let last = to?.date ?? first.adding(days: 6)
            guard first <= last else { throw CLIFailure(.fromAfterTo(first, last)) }
            var book = Logbook(lang: lang, timeZone: station.zone)
            try book.write(reader, filter: AiringFilter(from: first, through: last, outcomes: Set(outcome)), station: station.name,
                           to: ByteSink(fd: 1))
        } catch let failure as CLIFailure {
            throw failure.exit()
        }
    }
}

extension Outcome: ExpressibleByArgument {}
