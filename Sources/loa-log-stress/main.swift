// loa-log-stress LOG RUN [COUNT]: records airings in the log, two-phase, as fast as it can, and prints
// "IDENTITY ID" on stdout after each `on_air` write has returned. The crash test kills it with SIGKILL at
// random moments and then checks that every printed airing is in the log exactly once.
#if canImport(Glibc)
import Glibc
#endif
import LoaCore
import LoaLog

func complain(_ message: String) {
    let bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

let arguments = CommandLine.arguments
guard arguments.count >= 3, let limit = arguments.count > 3 ? Int(arguments[3]) : Int.max else {
    complain("usage: loa-log-stress LOG RUN [COUNT]")
    exit(2)
}
let run = arguments[2]

/// Unbuffered, so a line on stdout means the write it reports had returned before the kill.
func say(_ line: String) {
    var bytes = Array(line.utf8)
    bytes.append(10)
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(1, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 { exit(3) }
            offset += n
        }
    }
}

do {
    let log = try AiringLog(path: arguments[1])
    let date = LocalDate(year: 2023, month: 11, day: 15) ?? LocalDate(daysSinceEpoch: 19_676)
    var n = 0
    while n < limit {
        n += 1
        let identity = AiringIdentity(date: date, slot: "sang", announcement: "thong-diep-\(run)", repetition: n,
                                      zones: ["toan-xa", "thon-na-mu"])
        let start = AiringStart(identity: identity, kind: .item, plannedStartMs: 1_700_000_000_000, startMs: 1_700_000_000_000 + Int64(n),
                                announcementID: "thong-diep-\(run)", title: "Thông điệp: Nam giới chia sẻ việc nhà, nói không với bạo lực",
                                campaign: "Tháng hành động vì bình đẳng giới 2023", devices: ["default", "plughw:1,0"],
                                audioPath: "/etc/loa/announcements.d/audio/thong-diep.wav", audioSHA256: String(repeating: "ab", count: 32),
                                priority: .normal, trigger: .schedule, configRevision: "stress")
        let id = try log.begin(start)
        say("\(identity) \(id)")
        try log.finish(id, outcome: .aired, endMs: 1_700_000_060_000 + Int64(n), playedMs: 60_000)
        if n % 16 == 0 { try log.record(StationEvent(atMs: 1_700_000_000_000 + Int64(n), kind: .reload, detail: "stress \(run)")) }
    }
} catch {
    complain("loa-log-stress: \(error)")
    exit(1)
}
