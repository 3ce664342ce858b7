import Foundation
@testable import LoaCore

/// SplitMix64: a small deterministic generator, so a failing seed reproduces the same timetable.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A random but valid timetable around the spring and autumn clock changes of 2024, with shared
/// devices, overlapping sessions, fixed times and repeats, and the durations of its audio.
struct RandomTimetable {
    let timetable: Timetable
    let durations: [String: Int64]

    init(seed: UInt64, timeZone: String) {
        var rng = SplitMix64(state: seed)
        let deviceCount = Int.random(in: 1...3, using: &rng)
        let zones = (0..<Int.random(in: 1...4, using: &rng)).map { i in
            Zone(id: "z\(i)", name: "Thôn \(i)", device: "hw:\(Int.random(in: 0..<deviceCount, using: &rng))")
        }
        let zoneIDs = zones.map(\.id)
        func someZones() -> [String] {
            let picked = zoneIDs.filter { _ in Bool.random(using: &rng) }
            return picked.isEmpty ? [zoneIDs[0]] : picked
        }
        let base = LocalDate(year: 2024, month: 3, day: 25)!
        func someWindow() -> DateWindow {
            let from = Bool.random(using: &rng) ? base.adding(days: Int.random(in: -5...230, using: &rng)) : nil
            let until = Bool.random(using: &rng) ? (from ?? base).adding(days: Int.random(in: 0...40, using: &rng)) : nil
            return DateWindow(from: from, until: until)
        }
        func someDays() -> DayRule {
            switch Int.random(in: 0...4, using: &rng) {
            case 0: return .weekdays
            case 1: return .weekdaySet(Set(Weekday.allCases.filter { _ in Bool.random(using: &rng) } + [.sunday]))
            case 2: return .monthDays([Int.random(in: 1...31, using: &rng), Int.random(in: 1...31, using: &rng)])
            default: return .daily
            }
        }
        func audio(_ name: String) -> AudioRef { AudioRef(written: name, path: "/a/\(name)") }
        var lengths: [String: Int64] = [:]
        func withLength(_ name: String, _ range: ClosedRange<Int64>) -> AudioRef {
            lengths["/a/\(name)"] = Int64.random(in: range, using: &rng)
            return audio(name)
        }

        var slots: [Slot] = []
        for i in 0..<Int.random(in: 1...4, using: &rng) {
            let maxLength = Int64.random(in: 60_000...1_800_000, using: &rng)
            // Around 02:00-03:00 often, where the clocks change.
            let hour = Bool.random(using: &rng) ? Int.random(in: 1...3, using: &rng) : Int.random(in: 0...22, using: &rng)
            let startSeconds = min(hour * 3600 + Int.random(in: 0...3599, using: &rng), 86_400 - Int(maxLength / 1000))
            slots.append(Slot(
                id: "s\(i)", name: "Buổi \(i)", days: someDays(), window: someWindow(), skip: [base.adding(days: Int.random(in: 0...10, using: &rng))],
                start: LocalTime(secondsOfDay: startSeconds)!, maxLengthMs: maxLength, zones: someZones(),
                intro: Bool.random(using: &rng) ? withLength("intro\(i).wav", 1_000...15_000) : nil,
                outro: Bool.random(using: &rng) ? withLength("outro\(i).wav", 1_000...10_000) : nil,
                pauseMs: Bool.random(using: &rng) ? Int64.random(in: 0...3000, using: &rng) : nil))
        }
        var announcements: [Announcement] = []
        for i in 0..<Int.random(in: 1...10, using: &rng) {
            var a = Announcement(id: "a\(i)", title: "Thông báo số \(i)", audio: withLength("a\(i).mp3", 1_000...400_000),
                                 window: someWindow(), days: someDays(),
                                 priority: Priority.allCases.randomElement(using: &rng) ?? .normal)
            if Bool.random(using: &rng) || slots.isEmpty {
                a.slots = slots.map(\.id).filter { _ in Bool.random(using: &rng) }
                a.times = Int.random(in: 1...3, using: &rng)
            }
            if Int.random(in: 0...3, using: &rng) == 0 {
                let t = LocalTime(secondsOfDay: Int.random(in: 0..<86_400, using: &rng))!
                a.fixedTimes.append(Bool.random(using: &rng) ? .daily(t) : .once(base.adding(days: Int.random(in: 0...20, using: &rng)), t))
            }
            if Int.random(in: 0...4, using: &rng) == 0 {
                let from = Int.random(in: 0...10, using: &rng) * 1800
                a.repeatRule = RepeatRule(everyMs: Int64.random(in: 10...120, using: &rng) * 60_000, from: LocalTime(secondsOfDay: from)!,
                                          until: LocalTime(secondsOfDay: from + Int.random(in: 0...40_000, using: &rng))!)
            }
            if Bool.random(using: &rng) { a.zones = someZones() }
            announcements.append(a)
        }
        timetable = Timetable(station: Station(name: "Đài thử nghiệm", timeZoneID: timeZone, pauseMs: Int64.random(in: 0...2000, using: &rng)),
                              zones: zones, slots: slots, announcements: announcements)
        durations = lengths
    }
}
