import Foundation
import Testing
@testable import LoaCore

/// The planner's shortcut for days with no offset change nearby must give the same instants as the full
/// daylight-saving rules, in zones with and without changes, including a skipped day (Apia, 2011).
@Suite struct SteadyOffsetTests {
    @Test(arguments: ["Asia/Ho_Chi_Minh", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia"])
    func theShortcutAgreesWithTheFullRules(zone: String) throws {
        let resolver = LocalTimeResolver(timeZone: try #require(TimeZone(identifier: zone)))
        let times = [0, 1_800, 7_200, 9_000, 43_200, 86_399].compactMap { LocalTime(secondsOfDay: $0) }
        var day = try #require(LocalDate(year: 2010, month: 1, day: 1))
        let last = try #require(LocalDate(year: 2013, month: 12, day: 31))
        var steadyDays = 0
        while day <= last {
            if let offset = resolver.steadyOffset(around: day) {
                steadyDays += 1
                for t in times { #expect(resolver.instant(day, t, offset: offset) == resolver.instant(day, t), "\(zone) \(day) \(t)") }
            }
            day = day.adding(days: 1)
        }
        #expect(steadyDays > 1_000)
    }
}
