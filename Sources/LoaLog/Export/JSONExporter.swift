import Foundation
import LoaCore

/// `loa export --format json`: the schema `loa.airings/1`, documented in README-LOG.md. One airing per
/// line inside the `airings` array, written as the rows come, so memory stays constant.
public struct JSONExporter {
    public static let schema = "loa.airings/1"

    var clock: StationClock
    let station: String?
    let timeZoneID: String

    public init(station: String?, timeZoneID: String, timeZone: TimeZone) {
        clock = StationClock(timeZone: timeZone)
        self.station = station
        self.timeZoneID = timeZoneID
    }

    @discardableResult
    public mutating func export(_ reader: AiringLogReader, filter: AiringFilter, to sink: ByteSink) throws -> Int {
        var head: [UInt8] = []
        head += Array("{\"schema\":\"\(Self.schema)\",\"station\":".utf8)
        Self.appendString(station, to: &head)
        head += Array(",\"timezone\":".utf8)
        Self.appendString(timeZoneID, to: &head)
        head += Array(",\"filter\":{\"from\":".utf8)
        Self.appendString(filter.from?.description, to: &head)
        head += Array(",\"to\":".utf8)
        Self.appendString(filter.through?.description, to: &head)
        head += Array(",\"campaign\":".utf8)
        Self.appendString(filter.campaign, to: &head)
        head += Array("},\"airings\":[".utf8)
        sink.buffer += head
        let rows = try reader.stream(filter, to: sink) { row, index, out in
            out.append(contentsOf: index == 0 ? [10] : [UInt8(ascii: ","), 10])
            appendRow(row, to: &out)
        }
        sink.buffer += Array("\n],\"count\":\(rows)}\n".utf8)
        try sink.flush()
        return rows
    }

    mutating func appendRow(_ row: RawAiringRow, to out: inout [UInt8]) {
        out.append(contentsOf: "{\"id\":".utf8)
        StationClock.appendInteger(row.int(.id) ?? 0, to: &out)
        key("identity", row, .identity, &out)
        out.append(contentsOf: ",\"attempt\":".utf8)
        StationClock.appendInteger(row.int(.attempt) ?? 1, to: &out)
        key("date", row, .plannedDate, &out)
        key("slot", row, .slot, &out)
        key("kind", row, .kind, &out)
        out.append(contentsOf: ",\"repetition\":".utf8)
        StationClock.appendInteger(row.int(.repetition) ?? 1, to: &out)
        instant("plannedStart", row.int(.plannedStartMs), &out)
        instant("start", row.int(.startMs), &out)
        instant("end", row.int(.endMs), &out)
        out.append(contentsOf: ",\"playedSeconds\":".utf8)
        if let ms = row.int(.playedMs) { StationClock.appendSeconds(ms, to: &out) } else { out.append(contentsOf: "null".utf8) }
        key("announcement", row, .announcementID, &out)
        key("title", row, .title, &out)
        key("campaign", row, .campaign, &out)
        list("zones", row.bytes(.zones), separator: UInt8(ascii: "+"), &out)
        list("devices", row.bytes(.devices), separator: UInt8(ascii: " "), &out)
        key("audio", row, .audioPath, &out)
        key("sha256", row, .audioSHA256, &out)
        key("priority", row, .priority, &out)
        key("trigger", row, .trigger, &out)
        key("outcome", row, .outcome, &out)
        key("reason", row, .reason, &out)
        key("configRevision", row, .configRevision, &out)
        key("textSha256", row, .textSHA256, &out)
        // SQLite's json_group_array: already JSON, copied as it is.
        appendKey("zoneOutcomes", &out)
        if row.isNull(.zoneJSON) { out.append(contentsOf: "[]".utf8) } else { out.append(contentsOf: row.bytes(.zoneJSON).assumingMemoryBound(to: UInt8.self)) }
        out.append(UInt8(ascii: "}"))
    }

    private func key(_ name: StaticString, _ row: RawAiringRow, _ column: RawAiringRow.Column, _ out: inout [UInt8]) {
        appendKey(name, &out)
        if row.isNull(column) { out.append(contentsOf: "null".utf8) } else { Self.appendString(row.bytes(column), to: &out) }
    }

    /// `"start":"2023-11-15T06:00:08.123+07:00","startUTC":"2023-11-14T23:00:08.123Z"`, or nulls.
    private mutating func instant(_ name: StaticString, _ ms: Int64?, _ out: inout [UInt8]) {
        appendKey(name, &out)
        guard let ms else {
            out.append(contentsOf: "null".utf8)
            appendKey(name, &out, suffix: "UTC")
            out.append(contentsOf: "null".utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        clock.appendLocalISO(ms, to: &out)
        out.append(UInt8(ascii: "\""))
        appendKey(name, &out, suffix: "UTC")
        out.append(UInt8(ascii: "\""))
        StationClock.appendUTC(ms, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// `,"name":` without building a String per row.
    private func appendKey(_ name: StaticString, _ out: inout [UInt8], suffix: StaticString = "") {
        out.append(UInt8(ascii: ","))
        out.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { out.append(contentsOf: $0) }
        suffix.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
    }

    private func list(_ name: StaticString, _ bytes: UnsafeRawBufferPointer, separator: UInt8, _ out: inout [UInt8]) {
        out.append(contentsOf: ",\"\(name)\":[".utf8)
        var first = true
        for part in bytes.split(separator: separator) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            Self.appendString(UnsafeRawBufferPointer(rebasing: part), to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    static func appendString(_ text: String?, to out: inout [UInt8]) {
        guard var text else { out.append(contentsOf: "null".utf8); return }
        text.withUTF8 { appendString(UnsafeRawBufferPointer($0), to: &out) }
    }

    /// A JSON string: UTF-8 passes through; quotes, backslashes and control characters are escaped.
    static func appendString(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in bytes {
            switch b {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 10: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 13: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 9: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<32:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
