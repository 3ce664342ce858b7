// loa-log-fixture CONFIG LOG FROM TO [DOWN-DAY...]: plans FROM..TO from the configuration and writes an
// airing log as if the station had aired it, with a fixed mix of outcomes (about 1 in 50 interrupted,
// 1 in 100 failed, 1 in 60 missed) and every airing of each DOWN-DAY missed. For the report and export
// scripts and the benchmarks; the same arguments always give the same log.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LoaAudio
import LoaCore
import LoaLog

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("loa-log-fixture: \(message)\n".utf8))
    exit(1)
}

let args = CommandLine.arguments
guard args.count >= 5, case .success(let from) = LocalDate.parse(args[3]), case .success(let to) = LocalDate.parse(args[4]) else {
    fail("usage: loa-log-fixture CONFIG LOG FROM TO [DOWN-DAY...]")
}
let down = Set(args.dropFirst(5).compactMap { try? LocalDate.parse($0).get() })
let loaded = ConfigLoader.load(mainFile: args[1])
let checked = ConfigChecker.check(loaded, probe: SndFileProbe(), today: from)
guard let timetable = checked.timetable, !checked.hasErrors, let tz = TimeZone(identifier: timetable.station.timeZoneID) else {
    fail("the configuration has errors; run loa check --config \(args[1])")
}
let plan = Planner(timetable: timetable, durations: checked.durations, timeZone: tz).plan(from: from, through: to)

do {
    let log = try AiringLog(path: args[2])
    try log.setStation(name: timetable.station.name, timeZoneID: timetable.station.timeZoneID)
    var batch: [FinishedAiring] = []
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var written = 0
    for a in plan.airings {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let roll = Int((state >> 33) % 1000)
        let late = Int64((state >> 20) % 900)
        let start = AiringStart(a, startMs: a.startMs + late, trigger: .schedule, audioSHA256: nil, configRevision: loaded.revision)
        let finished: FinishedAiring
        if down.contains(a.date) {
            finished = FinishedAiring(start: start, outcome: .missed, endMs: nil, playedMs: nil, reason: "loa không chạy (mất điện)")
        } else if roll < 20 {
            let played = a.lengthMs / 3
            finished = FinishedAiring(start: start, outcome: .interrupted, endMs: start.startMs + played, playedMs: played,
                                      reason: "nhường chỗ cho thông báo khẩn cấp")
        } else if roll < 30 {
            finished = FinishedAiring(start: start, outcome: .failed, endMs: start.startMs, playedMs: 0, reason: "thiết bị không mở được")
        } else if roll < 47 {
            finished = FinishedAiring(start: start, outcome: .missed, endMs: nil, playedMs: nil, reason: "quá thời gian chờ")
        } else {
            finished = FinishedAiring(start: start, outcome: .aired, endMs: start.startMs + a.lengthMs, playedMs: a.lengthMs, reason: nil)
        }
        batch.append(finished)
        if batch.count == 20_000 {
            written += try log.importFinished(batch)
            batch.removeAll(keepingCapacity: true)
        }
    }
    written += try log.importFinished(batch)
    print("\(written) airings written to \(args[2]) (\(plan.airings.count) planned)")
} catch {
    fail("\(error)")
}
