import Foundation

/// `loa plan --format json`, written as it goes: a month of a large station is tens of thousands of
/// airings, and one document encoded whole held all of them a second time, as objects and as text.
extension PlanFormatter {
    struct JSONAiring: Encodable {
        var identity: String
        var date: String
        var start: String
        var startUTC: String
        var lengthSeconds: Double
        var kind: String
        var slot: String?
        var announcement: String?
        var repetition: Int
        var title: String
        var campaign: String?
        var zones: [String]
        var devices: [String]
        var priority: String
        var audio: String
        var gainDB: Double
    }

    struct JSONIssue: Encodable {
        var identity: String
        var kind: String
        var title: String
        var message: String
    }

    /// The whole document as one string (small plans, tests).
    public func json(_ plan: Plan, from: LocalDate, through: LocalDate) -> String {
        var out = ""
        json(plan, from: from, through: through) { out += $0 }
        return out
    }

    /// The document `{"airings", "from", "issues", "station", "timezone", "to"}` (keys sorted, as JSONEncoder
    /// sorts them), handed to `write` piece by piece: each airing is written alone (`JSONAiringWriter`, the
    /// text JSONEncoder makes of it) and indented into the array, so nothing but the plan itself is held whole.
    public func json(_ plan: Plan, from: LocalDate, through: LocalDate, write: (String) -> Void) {
        let encoder = Self.jsonEncoder()
        func scalar(_ value: String) -> String {
            (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        }
        func array<S: Sequence>(_ name: String, _ items: S, _ encode: (S.Element) -> String) {
            write("  \"\(name)\" : [")
            var first = true
            for item in items {
                write(first ? "\n" : ",\n")
                write(encode(item))
                first = false
            }
            write(first ? "\n\n  ],\n" : "\n  ],\n")
        }
        var airings = JSONAiringWriter(encoder: encoder)
        write("{\n")
        array("airings", plan.airings) { a in
            airings.element(JSONAiring(identity: a.identity.description, date: a.date.description, start: localISO(a.startMs),
                                       startUTC: utc(a.startMs), lengthSeconds: Double(a.lengthMs) / 1000, kind: a.kind.rawValue,
                                       slot: a.slotID, announcement: a.announcementID, repetition: a.identity.repetition,
                                       title: a.title, campaign: a.campaign, zones: a.zones, devices: a.devices,
                                       priority: a.priority.rawValue, audio: a.audio.written, gainDB: a.gainDB))
        }
        write("  \"from\" : \(scalar(from.description)),\n")
        array("issues", plan.issues) { i in
            let kind: String
            switch i.kind {
            case .overflow: kind = "overflow"
            case .delayed: kind = "delayed"
            case .unknownDuration: kind = "unknown-duration"
            }
            return Self.element(JSONIssue(identity: i.identity.description, kind: kind, title: i.title, message: describe(i)),
                                encoder: encoder)
        }
        write("  \"station\" : \(scalar(timetable.station.name)),\n")
        write("  \"timezone\" : \(scalar(timetable.station.timeZoneID)),\n")
        write("  \"to\" : \(scalar(through.description))\n}\n")
    }

    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One element of a top-level array: JSONEncoder's two-space indentation, one level deeper.
    static func element<T: Encodable>(_ value: T, encoder: JSONEncoder) -> String {
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { "    " + $0 }.joined(separator: "\n")
    }
}

/// An airing's element of the plan's JSON, the very text `PlanFormatter.element` makes with JSONEncoder, written
/// by hand: JSONEncoder called once per airing was three quarters of `loa plan --format json`'s time (4.5 s
/// against the table's 1.2 s for 38,000 airings, BENCHMARKS.md). JSONEncoder still writes what could differ:
/// a string with a character JSON escapes, every distinct number (once, then remembered), an airing with an
/// empty list. PlanJSONTests hold the two to the same bytes.
struct JSONAiringWriter {
    let encoder: JSONEncoder
    private var numbers: [UInt64: String] = [:]  // by bit pattern: -0.0 is not 0.0 here

    init(encoder: JSONEncoder) {
        self.encoder = encoder
    }

    mutating func element(_ a: PlanFormatter.JSONAiring) -> String {
        if a.zones.isEmpty || a.devices.isEmpty { return PlanFormatter.element(a, encoder: encoder) }
        var out = "    {\n"
        func field(_ key: String, _ text: String, last: Bool = false) {
            out += "      \"" + key + "\" : " + text + (last ? "\n" : ",\n")
        }
        func list(_ values: [String]) -> String {
            "[\n" + values.map { "        " + string($0) }.joined(separator: ",\n") + "\n      ]"
        }
        if let announcement = a.announcement { field("announcement", string(announcement)) }
        field("audio", string(a.audio))
        if let campaign = a.campaign { field("campaign", string(campaign)) }
        field("date", string(a.date))
        field("devices", list(a.devices))
        field("gainDB", number(a.gainDB))
        field("identity", string(a.identity))
        field("kind", string(a.kind))
        field("lengthSeconds", number(a.lengthSeconds))
        field("priority", string(a.priority))
        field("repetition", String(a.repetition))
        if let slot = a.slot { field("slot", string(slot)) }
        field("start", string(a.start))
        field("startUTC", string(a.startUTC))
        field("title", string(a.title))
        field("zones", list(a.zones), last: true)
        return out + "    }"
    }

    /// Quoted as it is when JSON escapes none of its characters (controls, quote, backslash; DEL to be safe).
    private func string(_ value: String) -> String {
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F }) { return "\"" + value + "\"" }
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    private mutating func number(_ value: Double) -> String {
        if let known = numbers[value.bitPattern] { return known }
        let text = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "0"
        numbers[value.bitPattern] = text
        return text
    }
}
