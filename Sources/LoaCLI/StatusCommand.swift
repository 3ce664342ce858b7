import ArgumentParser
import Foundation
import LoaCore
import LoaDaemon
import LoaLog

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "What is on air, what is next, the last airings and any device faults."
    )

    @OptionGroup var logOption: LogOption

    @Option(help: ArgumentHelp("The status file the daemon writes.", valueName: "PATH"))
    var status: String = DaemonPaths().status

    @Option(help: "How many of the last airings to show.")
    var last: Int = 5

    func run() throws {
        var out = ""
        if let doc = StatusFile(path: status).read() {
            // Not kill(pid, 0): to a member of group loa it answers EPERM for a daemon running as user loa.
            let verdict = DaemonLiveness.judge(doc, status: status, nowMs: StationToday.nowMs)
            out += "\(doc.station) — \(verdict.text) — \(doc.updated)\n"
            if let fallback = doc.fallback {
                out += "!!! CẤU HÌNH LỖI, ĐANG PHÁT CẤU HÌNH CŨ / THE CONFIGURATION IS REFUSED: \(fallback)\n"
            }
            for fault in doc.itemFaults ?? [] { out += "Lỗi tệp âm thanh / recording fault: \(fault)\n" }
            if doc.onAir.isEmpty {
                out += "Đang phát / on air: —\n"
            } else {
                for a in doc.onAir { out += "Đang phát / on air: \(a.start)  \(a.title)  → \(a.zones.joined(separator: ", "))\n" }
            }
            if let next = doc.next { out += "Tiếp theo / next:    \(next.start)  \(next.title)  → \(next.zones.joined(separator: ", "))\n" }
            for fault in doc.faults { out += "Lỗi thiết bị / device fault: \(fault)\n" }
            if let refused = doc.refusedReload {
                out += "Cấu hình mới bị từ chối / new configuration REFUSED at \(refused.at) (\(refused.count) error(s)); "
                    + "still airing revision \(doc.configRevision):\n"
                for e in refused.errors { out += "  \(e)\n" }
                if refused.count > refused.errors.count { out += "  … `loa check` lists them all\n" }
            }
        } else if FileManager.default.fileExists(atPath: status) {
            out += "loa: cannot read \(status) (are you root or in group loa?).\n"
        } else {
            out += "loa KHÔNG chạy / NOT running (no status file at \(status)).\n"
        }
        if FileManager.default.fileExists(atPath: logOption.log) {
            let reader = try logOption.reader()
            let resolver = LocalTimeResolver(timeZone: LogTimeZone.of(reader).zone)
            let today = resolver.local(StationToday.nowMs).date
            let records = try reader.records(AiringFilter(from: today.adding(days: -7))).suffix(last)
            if !records.isEmpty { out += "\nGần đây / last airings:\n" }
            for r in records {
                let local = resolver.local(r.startMs ?? r.plannedStartMs)
                out += "  \(local.date) \(local.time)  \(r.outcome.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(r.title)\(r.reason.map { " — \($0)" } ?? "")\n"
            }
        }
        out += "\nloa \(BuildInfo.line)\n"
        print(out, terminator: "")
    }
}
