import Foundation
import LoaCore

/// The weekly logbook (sổ nhật ký chương trình phát thanh) the inspector reads: one line per airing in
/// time order, grouped by day, in station time.
public struct Logbook {
    let lang: Language
    var clock: StationClock

    public init(lang: Language, timeZone: TimeZone) {
        self.lang = lang
        clock = StationClock(timeZone: timeZone)
    }

    /// Writes the logbook to `sink`; returns how many airings it listed.
    @discardableResult
    public mutating func write(_ reader: AiringLogReader, filter: AiringFilter, station: String?, to sink: ByteSink) throws -> Int {
        let text = ReportText(lang: lang)
        let title = lang == .vi ? "SỔ NHẬT KÝ CHƯƠNG TRÌNH PHÁT THANH" : "BROADCAST LOGBOOK"
        var head = title + "\n"
        if let station { head += station + "\n" }
        if let from = filter.from, let through = filter.through { head += "\(text.period): \(text.date(from)) – \(text.date(through))\n" }
        try sink.write(head)
        var currentDay = ""
        let count = try reader.stream(filter, to: sink) { row, _, out in
            let r = row.record
            let day = r.plannedDate.description
            if day != currentDay {
                currentDay = day
                let weekday = lang == .vi ? r.plannedDate.weekday.vietnameseName : r.plannedDate.weekday.shortName
                out.append(contentsOf: "\n\(weekday) \(text.date(r.plannedDate))\n".utf8)
            }
            out.append(contentsOf: (line(r) + "\n").utf8)
        }
        try sink.write(count == 0 ? (lang == .vi ? "\n(không có lượt phát nào)\n" : "\n(no airings)\n")
                                  : (lang == .vi ? "\n\(count) lượt phát\n" : "\n\(count) airings\n"))
        try sink.flush()
        return count
    }

    /// `  06:00:08–06:01:09   1:01  sang      đã phát      Chủ đề Tháng hành động năm 2023 → toan-xa, thon-na-mu`
    mutating func line(_ r: AiringRecord) -> String {
        let start = r.startMs.map { clockText($0) } ?? "  –     "
        let end = r.endMs.map { clockText($0) } ?? "  –     "
        let played = r.playedMs.map { ConfigDuration.clock(milliseconds: $0) } ?? "–"
        let outcome = Labels.outcome(r.outcome, lang)
        var s = "  \(start)–\(end) \(pad(played, 6, left: true))  \(pad(r.slot, 8)) \(pad(outcome, 12)) \(r.title) → \(r.zones.joined(separator: ", "))"
        if r.trigger != .schedule { s += " [\(Labels.trigger(r.trigger, lang))]" }
        if r.attempt > 1 { s += lang == .vi ? " (lần \(r.attempt))" : " (attempt \(r.attempt))" }
        if let reason = r.reason { s += " — \(reason)" }
        return s
    }

    mutating func clockText(_ ms: Int64) -> String {
        var bytes: [UInt8] = []
        clock.appendLocal(ms, milliseconds: false, to: &bytes)
        return String(decoding: bytes.suffix(8), as: UTF8.self)
    }

    func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return left ? fill + s : s + fill
    }
}

