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
    /// sorts them), handed to `write` piece by piece: each airing is encoded alone by JSONEncoder and
    /// indented into the array by hand, so nothing but the plan itself is held whole.
    public func json(_ plan: Plan, from: LocalDate, through: LocalDate, write: (String) -> Void) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        func scalar(_ value: String) -> String {
            (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        }
        /// One element of a top-level array: JSONEncoder's two-space indentation, one level deeper.
        func element<T: Encodable>(_ value: T) -> String {
            guard let data = try? encoder.encode(value) else { return "{}" }
            return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .map { "    " + $0 }.joined(separator: "\n")
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
        write("{\n")
        array("airings", plan.airings) { a in
            element(JSONAiring(identity: a.identity.description, date: a.date.description, start: localISO(a.startMs),
                               startUTC: utc(a.startMs), lengthSeconds: Double(a.lengthMs) / 1000, kind: a.kind.rawValue,
                               slot: a.slotID, announcement: a.announcementID, repetition: a.identity.repetition, title: a.title,
                               campaign: a.campaign, zones: a.zones, devices: a.devices, priority: a.priority.rawValue,
                               audio: a.audio.written, gainDB: a.gainDB))
        }
        write("  \"from\" : \(scalar(from.description)),\n")
        array("issues", plan.issues) { i in
            let kind: String
            switch i.kind {
            case .overflow: kind = "overflow"
            case .delayed: kind = "delayed"
            case .unknownDuration: kind = "unknown-duration"
            }
            return element(JSONIssue(identity: i.identity.description, kind: kind, title: i.title, message: describe(i)))
        }
        write("  \"station\" : \(scalar(timetable.station.name)),\n")
        write("  \"timezone\" : \(scalar(timetable.station.timeZoneID)),\n")
        write("  \"to\" : \(scalar(through.description))\n}\n")
    }
}
