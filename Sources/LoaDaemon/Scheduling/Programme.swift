import Foundation
import LoaCore

/// A validated configuration ready to air: the timetable, its audio's lengths, its revision.
public struct Programme: Sendable {
    public let timetable: Timetable
    public let revision: String
    public let resolver: LocalTimeResolver
    let planner: Planner
    /// Recordings that could not be read when this programme was loaded: their items fail, the rest airs.
    public var itemFaults: [Diagnostic] = []
    /// Set when this is the last valid configuration, aired because the current one cannot be understood:
    /// says since when and why, for the journal, the status file and systemd's STATUS=.
    public var fallback: String?
    /// Audio paths of notices that could not be read aloud, with the reason: logged failed when due.
    public var speechFailures: [String: String] = [:]
    /// SHA-256 of every audio file, by path, taken at load.
    public var audioHashes: [String: String] = [:]
    /// SHA-256 of a notice's text, by the path of its rendered audio.
    public var textHashes: [String: String] = [:]

    public init(timetable: Timetable, durations: [String: Int64], revision: String) throws {
        guard let zone = TimeZone(identifier: timetable.station.timeZoneID) else {
            throw DaemonError.config("unknown time zone \(timetable.station.timeZoneID)")
        }
        self.timetable = timetable
        self.revision = revision
        resolver = LocalTimeResolver(timeZone: zone)
        planner = Planner(timetable: timetable, durations: durations, timeZone: zone)
    }

    /// The sessions of the days around `nowMs`: yesterday's may still be in their grace window.
    func sessions(around nowMs: Int64) -> (sessions: [AirSession], from: LocalDate, through: LocalDate) {
        let today = resolver.local(nowMs).date
        let from = today.adding(days: -1), through = today.adding(days: 1)
        let plan = planner.plan(from: from, through: through)
        return (AirSessions.from(plan, timetable: timetable, resolver: resolver), from, through)
    }

    /// The next local midnight after `nowMs`, when a new day's plan begins.
    func nextMidnight(after nowMs: Int64) -> Int64 {
        let today = resolver.local(nowMs).date
        return resolver.instant(today.adding(days: 1), LocalTime(secondsOfDay: 0) ?? LocalTime(hour: 0, minute: 0)!)
    }
}
