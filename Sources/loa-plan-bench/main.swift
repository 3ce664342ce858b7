// Times the planner on a large synthetic station: a 366-day year, 30 zones, 20 sessions a day and 500
// announcements. Run through benchmarks/plan-bench (release build). Not installed.
import Foundation
import LoaCore

struct Generator {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }
}

func syntheticTimetable(zones zoneCount: Int, slots slotCount: Int, announcements count: Int) -> (Timetable, [String: Int64]) {
    var g = Generator(state: 42)
    let zones = (0..<zoneCount).map { Zone(id: "thon-\($0)", name: "Thôn \($0)", device: "hw:\($0 % 10)") }
    var durations: [String: Int64] = [:]
    var slots: [Slot] = []
    for i in 0..<slotCount {
        // Sessions every 45 minutes from 05:00, each reaching a third of the zones.
        let start = LocalTime(secondsOfDay: 5 * 3600 + i * 45 * 60)!
        let reach = (0..<zoneCount).filter { ($0 + i) % 3 == 0 }.map { "thon-\($0)" }
        let intro = AudioRef(written: "intro.wav", path: "/a/intro.wav")
        slots.append(Slot(id: "buoi-\(i)", name: "Buổi \(i)", start: start, maxLengthMs: 30 * 60_000, zones: reach, intro: intro))
    }
    durations["/a/intro.wav"] = 6_000
    var announcements: [Announcement] = []
    let base = LocalDate(year: 2024, month: 1, day: 1)!
    for i in 0..<count {
        let from = base.adding(days: g.next(330))
        let audio = AudioRef(written: "a\(i).mp3", path: "/a/a\(i).mp3")
        durations[audio.path] = Int64(20_000 + g.next(100_000))
        var a = Announcement(id: "tb-\(i)", title: "Thông báo số \(i)", campaign: "Chiến dịch \(i % 25)", audio: audio,
                             window: DateWindow(from: from, until: from.adding(days: 30 + g.next(60))),
                             days: i % 4 == 0 ? .weekdays : .daily,
                             slots: ["buoi-\(g.next(slotCount))", "buoi-\(g.next(slotCount))"], times: 1 + g.next(2),
                             priority: i % 10 == 0 ? .priority : .normal)
        if i % 25 == 0 { a.fixedTimes = [.daily(LocalTime(secondsOfDay: 3600 * (1 + g.next(4)))!)] }
        if i % 50 == 0 { a.repeatRule = RepeatRule(everyMs: 3_600_000, from: LocalTime(hour: 1, minute: 30)!, until: LocalTime(hour: 4, minute: 30)!) }
        announcements.append(a)
    }
    return (Timetable(station: Station(name: "Đài thử tải"), zones: zones, slots: slots, announcements: announcements), durations)
}

let runs = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 7 : 7
let zoneName = CommandLine.arguments.count > 2 ? CommandLine.arguments[2] : "Asia/Ho_Chi_Minh"
let (timetable, durations) = syntheticTimetable(zones: 30, slots: 20, announcements: 500)
guard let zone = TimeZone(identifier: zoneName) else { exit(2) }
var before = rusage()
getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &before)
print("stride=\(MemoryLayout<PlannedAiring>.stride) rss_before_planning_mb=\(Double(before.ru_maxrss) / 1024)")
var times: [Double] = []
var airings = 0, issues = 0
for _ in 0..<runs {
    let clock = ContinuousClock()
    let start = clock.now
    let planner = Planner(timetable: timetable, durations: durations, timeZone: zone)
    let plan = planner.plan(from: LocalDate(year: 2024, month: 1, day: 1)!, through: LocalDate(year: 2024, month: 12, day: 31)!)
    let elapsed = clock.now - start
    times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    airings = plan.airings.count
    issues = plan.issues.count
}
var usage = rusage()
getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
times.sort()
let ms = { (v: Double) in String(format: "%.1f", v) }
print("zone=\(zoneName) runs=\(runs) median_ms=\(ms(times[times.count / 2])) min_ms=\(ms(times[0])) max_ms=\(ms(times[times.count - 1])) airings=\(airings) issues=\(issues) peak_rss_mb=\(ms(Double(usage.ru_maxrss) / 1024))")
