import Foundation
import LoaCore

/// `loa export --format csv`: for Excel and LibreOffice. UTF-8 with a byte-order mark, CRLF, RFC 4180
/// quoting, station-local times, Vietnamese headers and values by default; `dialect` says which separator
/// and decimal mark (see `CSVDialect`).
public struct CSVExporter {
    public static func header(_ lang: Language) -> [String] {
        switch lang {
        case .vi:
            return ["Mã", "Ngày", "Buổi phát", "Giờ dự kiến", "Bắt đầu", "Kết thúc", "Thời lượng phát (giây)", "Mã thông báo",
                    "Tiêu đề", "Chiến dịch", "Vùng phát", "Thiết bị", "Tệp âm thanh", "SHA-256", "Mức ưu tiên", "Cách phát",
                    "Kết quả", "Lý do", "Lần phát", "Mã lượt phát dự kiến", "Phiên bản cấu hình", "Kết quả theo vùng"]
        case .en:
            return ["id", "date", "slot", "planned_start", "start", "end", "played_s", "announcement", "title", "campaign",
                    "zones", "devices", "audio", "sha256", "priority", "trigger", "outcome", "reason", "attempt", "identity",
                    "config_revision", "zone_outcomes"]
        }
    }

    let lang: Language
    let dialect: CSVDialect
    var clock: StationClock
    private let outcomeLabels: [([UInt8], [UInt8])]
    private let triggerLabels: [([UInt8], [UInt8])]
    private let priorityLabels: [([UInt8], [UInt8])]

    public init(lang: Language, timeZone: TimeZone, dialect: CSVDialect = .programs) {
        self.lang = lang
        self.dialect = dialect
        clock = StationClock(timeZone: timeZone)
        let labels = Labels.table(lang)
        func pairs(_ prefix: String) -> [([UInt8], [UInt8])] {
            labels.filter { $0.key.hasPrefix(prefix) }.map { (Array($0.key.dropFirst(2).utf8), $0.value) }
        }
        outcomeLabels = pairs("o:")
        triggerLabels = pairs("t:")
        priorityLabels = pairs("p:")
    }

    /// Writes the whole export; returns the number of airings.
    @discardableResult
    public mutating func export(_ reader: AiringLogReader, filter: AiringFilter, to sink: ByteSink) throws -> Int {
        sink.buffer.append(contentsOf: [0xEF, 0xBB, 0xBF])
        sink.buffer.append(contentsOf: dialect.line(Self.header(lang)).utf8)
        let rows = try reader.stream(filter, to: sink) { row, _, out in appendRow(row, to: &out) }
        try sink.flush()
        return rows
    }

    mutating func appendRow(_ row: RawAiringRow, to out: inout [UInt8]) {
        let comma = dialect.separator
        let mark = dialect.decimalMark
        StationClock.appendInteger(row.int(.id) ?? 0, to: &out)
        out.append(comma)
        appendField(row.bytes(.plannedDate), to: &out)
        out.append(comma)
        appendField(row.bytes(.slot), to: &out)
        out.append(comma)
        if let ms = row.int(.plannedStartMs) { clock.appendLocal(ms, milliseconds: false, to: &out) }
        out.append(comma)
        if let ms = row.int(.startMs) { clock.appendLocal(ms, milliseconds: true, decimalMark: mark, to: &out) }
        out.append(comma)
        if let ms = row.int(.endMs) { clock.appendLocal(ms, milliseconds: true, decimalMark: mark, to: &out) }
        out.append(comma)
        if let ms = row.int(.playedMs) { StationClock.appendSeconds(ms, decimalMark: mark, to: &out) }
        out.append(comma)
        appendField(row.bytes(.announcementID), to: &out)
        out.append(comma)
        appendField(row.bytes(.title), to: &out)
        out.append(comma)
        appendField(row.bytes(.campaign), to: &out)
        out.append(comma)
        appendSpaced(row.bytes(.zones), to: &out)
        out.append(comma)
        appendField(row.bytes(.devices), to: &out)
        out.append(comma)
        appendField(row.bytes(.audioPath), to: &out)
        out.append(comma)
        appendField(row.bytes(.audioSHA256), to: &out)
        out.append(comma)
        appendLabel("p:", row.bytes(.priority), to: &out)
        out.append(comma)
        appendLabel("t:", row.bytes(.trigger), to: &out)
        out.append(comma)
        appendLabel("o:", row.bytes(.outcome), to: &out)
        out.append(comma)
        appendField(row.bytes(.reason), to: &out)
        out.append(comma)
        StationClock.appendInteger(row.int(.attempt) ?? 1, to: &out)
        out.append(comma)
        appendField(row.bytes(.identity), to: &out)
        out.append(comma)
        appendField(row.bytes(.configRevision), to: &out)
        out.append(comma)
        appendField(row.bytes(.zoneSummary), to: &out)
        out.append(13)
        out.append(10)
    }

    /// Zones are stored joined with `+`; people read them separated by spaces, as in `loa plan --format csv`.
    private func appendSpaced(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        for b in bytes { out.append(b == UInt8(ascii: "+") ? UInt8(ascii: " ") : b) }
    }

    /// Looks the stored code up without making a String: the handful of codes are compared as bytes.
    private func appendLabel(_ prefix: String, _ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        let table = prefix == "p:" ? priorityLabels : prefix == "t:" ? triggerLabels : outcomeLabels
        for (code, label) in table where code.elementsEqual(bytes) {
            out.append(contentsOf: label)
            return
        }
        appendField(bytes, to: &out)
    }

    @inline(__always)
    private func appendField(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        dialect.appendField(bytes, to: &out)
    }
}
