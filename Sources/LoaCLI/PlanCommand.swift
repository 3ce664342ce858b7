import ArgumentParser
import Foundation
import LoaCore

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List the planned airings for a range of dates.",
        discussion: "Dates are written 2023-11-15 or 15/11/2023. Without --from and --to: today and the next six days."
    )

    @OptionGroup var options: ConfigOption

    @Option(help: ArgumentHelp("First day (2023-11-15 or 15/11/2023).", valueName: "DATE"))
    var from: DateArgument?

    @Option(help: ArgumentHelp("Last day, included.", valueName: "DATE"))
    var to: DateArgument?

    @Option(help: ArgumentHelp("Only the airings heard in this zone.", valueName: "ID"), completion: ConfigCompletion.zones)
    var zone: String?

    @Option(help: ArgumentHelp("Only the airings in this slot.", valueName: "ID"), completion: ConfigCompletion.slots)
    var slot: String?

    @Option(help: ArgumentHelp("Only the airings of this announcement.", valueName: "ID"), completion: ConfigCompletion.announcements)
    var announcement: String?

    @Option(help: "table, csv or json.")
    var format: PlanFormatter.Format = .table

    func run() throws {
        let result = Checking.run(configPath: options.config)
        guard let timetable = result.timetable, !result.hasErrors else {
            FileHandle.standardError.write(Data(CheckReportText.render(result, listAudio: false, language: MessageLanguage.current).utf8))
            throw ExitCode(1)
        }
        for warning in result.diagnostics.warnings {
            FileHandle.standardError.write(Data((warning.description(in: MessageLanguage.current) + "\n").utf8))
        }
        for line in PendingApproval.lines(mainFile: options.config) {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        guard let tz = TimeZone(identifier: timetable.station.timeZoneID) else { throw ExitCode(1) }
        let first = from?.date ?? to?.date.adding(days: -6) ?? StationToday.date(timeZoneID: timetable.station.timeZoneID)
        let last = to?.date ?? first.adding(days: 6)
        guard first <= last else {
            throw ValidationError(LocalizedText.fromAfterTo(first, last).shown)
        }
        if let zone, timetable.zone(zone) == nil {
            throw ValidationError(LocalizedText.noSuchZone(zone, among: timetable.zones.map(\.id)).shown)
        }
        if let slot, !timetable.slots.contains(where: { $0.id == slot }) {
            throw ValidationError("there is no slot \"\(slot)\"; slots: \(timetable.slots.map(\.id).joined(separator: ", ")).")
        }
        if let announcement, !timetable.announcements.contains(where: { $0.id == announcement }) {
            throw ValidationError("there is no announcement \"\(announcement)\"; see `loa check` for the list.")
        }
        let planner = Planner(timetable: timetable, durations: result.durations, timeZone: tz)
        var plan = planner.plan(from: first, through: last)
        if let zone {
            plan.airings = plan.airings.filter { $0.zones.contains(zone) }
            plan.issues = plan.issues.filter { $0.identity.zones.contains(zone) }
        }
        if let slot {
            plan.airings = plan.airings.filter { $0.slotID == slot }
            plan.issues = plan.issues.filter { $0.identity.slot == slot }
        }
        if let announcement {
            plan.airings = plan.airings.filter { $0.announcementID == announcement }
            plan.issues = plan.issues.filter { $0.identity.announcement == announcement }
        }
        let formatter = PlanFormatter(timetable: timetable, resolver: LocalTimeResolver(timeZone: tz))
        if format == .json {
            // Written as it is made, 64 KiB at a time: the whole document is never held.
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 16)
            formatter.json(plan, from: first, through: last) { piece in
                buffer.append(contentsOf: piece.utf8)
                if buffer.count >= 1 << 16 {
                    FileHandle.standardOutput.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            FileHandle.standardOutput.write(Data(buffer))
        } else {
            print(formatter.format(plan, as: format, from: first, through: last), terminator: "")
        }
    }
}

extension PlanFormatter.Format: ExpressibleByArgument {}

/// A date on the command line, in either form officers write.
struct DateArgument: ExpressibleByArgument {
    let date: LocalDate

    init?(argument: String) {
        guard case .success(let date) = LocalDate.parse(argument) else { return nil }
        self.date = date
    }
}
