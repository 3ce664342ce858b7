import Foundation
import Testing
@testable import LoaCore

/// Europe/Berlin: 2024-03-31 the clocks go 02:00 → 03:00; 2024-10-27 they go 03:00 → 02:00.
@Suite struct DaylightSavingTests {
    let resolver = LocalTimeResolver(timeZone: zone("Europe/Berlin"))

    func utc(_ ms: Int64) -> String {
        let s = ms / 1000
        return "\(LocalDate(daysSinceEpoch: Int(s / 86_400)))T\(LocalTime(secondsOfDay: Int(s % 86_400))!)Z"
    }

    @Test func aSkippedLocalTimeAirsAtTheFirstInstantAfterTheGap() {
        let spring = date("2024-03-31")
        #expect(utc(resolver.instant(spring, LocalTime(hour: 1, minute: 59)!)) == "2024-03-31T00:59Z")
        #expect(utc(resolver.instant(spring, LocalTime(hour: 2, minute: 0)!)) == "2024-03-31T01:00Z")
        #expect(utc(resolver.instant(spring, LocalTime(hour: 2, minute: 30)!)) == "2024-03-31T01:00Z")
        #expect(utc(resolver.instant(spring, LocalTime(hour: 3, minute: 0)!)) == "2024-03-31T01:00Z")
        #expect(utc(resolver.instant(spring, LocalTime(hour: 3, minute: 30)!)) == "2024-03-31T01:30Z")
    }

    @Test func aRepeatedLocalTimeAirsOnceAtItsFirstOccurrence() {
        let autumn = date("2024-10-27")
        #expect(utc(resolver.instant(autumn, LocalTime(hour: 2, minute: 30)!)) == "2024-10-27T00:30Z")
        #expect(utc(resolver.instant(autumn, LocalTime(hour: 3, minute: 0)!)) == "2024-10-27T02:00Z")
        #expect(utc(resolver.instant(autumn, LocalTime(hour: 1, minute: 30)!)) == "2024-10-26T23:30Z")
    }

    static let station = """
    [station]
    name = "Radio Berlin-Test"
    timezone = "Europe/Berlin"
    pause = "0s"

    [zones.alle]
    name = "Alle"
    device = "default"

    [[slot]]
    id = "nacht"
    name = "Nachtsendung"
    start = 02:30:00
    max_length = "20m"
    zones = ["alle"]
    """

    static let items = """
    approved_by = "Vi Văn Thái"
    [[announcement]]
    id = "nachricht"
    title = "Nachricht"
    audio = "n.wav"
    slots = ["nacht"]

    [[announcement]]
    id = "halbstuendlich"
    title = "Halbstündlich"
    audio = "h.wav"
    every = "30m"
    between = ["01:00", "04:00"]
    """

    func plan(_ day: String) throws -> (Planner, Plan) {
        let t = try TestConfig.timetable(Self.station, ["a.toml": Self.items])
        let p = Planner(timetable: t, durations: durations(t, fallback: 60), timeZone: zone("Europe/Berlin"))
        return (p, p.planDay(date(day)))
    }

    @Test func springForwardSessionAndRepeatsAirOnceEachWithoutOverlap() throws {
        let (p, day) = try plan("2024-03-31")
        let session = day.airings.filter { $0.slotID == "nacht" }
        #expect(session.count == 1)
        // 02:30 does not exist: the session starts when the clocks reach 03:00, after what is already due then.
        #expect(session.first.map { p.resolver.local($0.startMs).time >= LocalTime(hour: 3, minute: 0)! } == true)
        let repeats = day.airings.filter { $0.announcementID == "halbstuendlich" }
        #expect(repeats.map(\.identity.slot) == ["@01:00", "@01:30", "@02:00", "@02:30", "@03:00", "@03:30", "@04:00"])
        #expect(Set(repeats.map(\.identity)).count == 7)
        assertNoOverlap(day)
        #expect(day.issues.contains { if case .delayed = $0.kind { $0.identity.slot == "@02:30" } else { false } })
    }

    @Test func fallBackSessionAndRepeatsAirOnceEach() throws {
        let (p, day) = try plan("2024-10-27")
        let repeats = day.airings.filter { $0.announcementID == "halbstuendlich" }
        #expect(repeats.count == 7)
        let at0230 = repeats.first { $0.identity.slot == "@02:30" }
        #expect(at0230.map { utc($0.dueMs) } == "2024-10-27T00:30Z")
        let session = day.airings.filter { $0.slotID == "nacht" }
        #expect(session.count == 1)
        #expect(session.first.map { utc($0.startMs) >= "2024-10-27T00:30Z" && utc($0.startMs) < "2024-10-27T01:00Z" } == true)
        #expect(session.first.map { p.resolver.local($0.startMs).date } == date("2024-10-27"))
        assertNoOverlap(day)
    }

    func assertNoOverlap(_ plan: Plan) {
        let sorted = plan.airings.sorted { $0.startMs < $1.startMs }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            #expect(a.endMs <= b.startMs, "\(a.identity) overlaps \(b.identity)")
        }
    }
}
