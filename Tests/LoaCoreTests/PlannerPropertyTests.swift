import Foundation
import PropertyBased
import Testing
@testable import LoaCore

/// Properties of the planner over generated timetables, in a zone without and a zone with daylight saving.
// Shrinking is off: the input is a seed, and a smaller seed is not a simpler timetable.
@Suite(.shrinking(false)) struct PlannerPropertyTests {
    static let zones = ["Asia/Ho_Chi_Minh", "Europe/Berlin"]
    let seeds = Gen.int(in: 0...Int.max)
    let timeZones = Gen.int(in: 0...1).map { PlannerPropertyTests.zones[$0] }
    /// Days after 2024-03-25 (the week of the spring change); 210 reaches the autumn change.
    let firstDays = Gen.int(in: 0...5).map { [0, 3, 5, 205, 210, 212][$0] }
    let lengths = Gen.int(in: 1...12)

    func setUp(_ seed: Int, _ tz: String) -> (RandomTimetable, Planner) {
        let r = RandomTimetable(seed: UInt64(seed), timeZone: tz)
        return (r, Planner(timetable: r.timetable, durations: r.durations, timeZone: zone(tz)))
    }

    static let base = LocalDate(year: 2024, month: 3, day: 25)!

    @Test func noTwoAiringsOverlapOnOneDevice() async {
        await propertyCheck(count: 150, input: seeds, timeZones, firstDays, lengths) { seed, tz, first, length in
            let (_, planner) = setUp(seed, tz)
            let start = Self.base.adding(days: first)
            // Plan a day more on each side, so airings that cross midnight meet their neighbours.
            let plan = planner.plan(from: start.adding(days: -1), through: start.adding(days: length + 1))
            var byDevice: [String: [PlannedAiring]] = [:]
            for a in plan.airings { for d in a.devices { byDevice[d, default: []].append(a) } }
            // One expectation per case, naming the first overlap: a broken planner would otherwise record thousands.
            var overlap: String?
            for (device, airings) in byDevice where overlap == nil {
                let sorted = airings.sorted { $0.startMs < $1.startMs }
                if let (a, b) = zip(sorted, sorted.dropFirst()).first(where: { $0.endMs > $1.startMs }) {
                    overlap = "\(a.identity) and \(b.identity) overlap on \(device)"
                }
            }
            #expect(overlap == nil, "seed \(seed) \(tz)")
        }
    }

    @Test func everyAiringLiesInsideItsWindowAndItsSlot() async {
        await propertyCheck(count: 150, input: seeds, timeZones, firstDays, lengths) { seed, tz, first, length in
            let (r, planner) = setUp(seed, tz)
            let start = Self.base.adding(days: first)
            let plan = planner.plan(from: start, through: start.adding(days: length))
            let misplaced = plan.airings.first { a in
                if a.date < start || a.date > start.adding(days: length) || a.startMs < a.dueMs { return true }
                if let id = a.announcementID, let ann = r.timetable.announcements.first(where: { $0.id == id }) {
                    if !ann.airs(on: a.date) { return true }
                    if let zones = ann.zones, !Set(a.zones).isSubset(of: Set(zones)) { return true }
                }
                if let slotID = a.slotID, let slot = r.timetable.slot(slotID) {
                    let opens = planner.resolver.instant(a.date, slot.start)
                    if !slot.runs(on: a.date) || a.startMs < opens || a.endMs > opens + slot.maxLengthMs { return true }
                    if !Set(a.zones).isSubset(of: Set(slot.zones)) { return true }
                }
                return false
            }
            #expect(misplaced == nil, "seed \(seed) \(tz): \(misplaced.map(\.identity.description) ?? "")")
        }
    }

    @Test func planningARangeEqualsPlanningItsTwoHalves() async {
        await propertyCheck(count: 150, input: seeds, timeZones, firstDays, lengths) { seed, tz, first, length in
            let (_, planner) = setUp(seed, tz)
            let a = Self.base.adding(days: first)
            let c = a.adding(days: length)
            let b = a.adding(days: Int(UInt64(seed) % UInt64(length + 1)))
            let whole = planner.plan(from: a, through: c)
            let left = planner.plan(from: a, through: b)
            let right = planner.plan(from: b.adding(days: 1), through: c)
            // Compared as Bools: a failing comparison of two plans would make the runner diff thousands of airings.
            let sameAirings = whole.airings == left.airings + right.airings
            let sameIssues = whole.issues == left.issues + right.issues
            #expect(sameAirings, "seed \(seed) \(tz) split at \(b): \(whole.airings.count) vs \(left.airings.count)+\(right.airings.count)")
            #expect(sameIssues, "seed \(seed) \(tz) split at \(b)")
        }
    }

    @Test func nothingIsDroppedSilently() async {
        await propertyCheck(count: 100, input: seeds, timeZones, firstDays, lengths) { seed, tz, first, length in
            let (r, planner) = setUp(seed, tz)
            let start = Self.base.adding(days: first)
            let plan = planner.plan(from: start, through: start.adding(days: length))
            // Every slot entry the calendar asks for is either planned or reported.
            var expected = 0
            var day = start
            while day <= start.adding(days: length) {
                for slot in r.timetable.slots where slot.runs(on: day) {
                    for a in r.timetable.announcements where a.slots.contains(slot.id) && a.airs(on: day) && !Planner.zones(of: a, in: slot).isEmpty {
                        expected += a.times
                    }
                }
                day = day.adding(days: 1)
            }
            let slotItems = plan.airings.filter { $0.kind == .item && $0.slotID != nil }.count
            let reported = plan.issues.filter { $0.identity.slot.first != "@" && !$0.identity.announcement.hasPrefix("#") }.count
            #expect(slotItems + reported == expected, "seed \(seed) \(tz)")
        }
    }
}
