import Foundation
import LoaCore

/// The report for programs: schema `loa.report/1`, described in README-LOG.md.
public enum ReportJSON {
    public static let schema = "loa.report/1"

    /// An optional written as `null` rather than left out, as the export writes it: the synthesized
    /// `Encodable` skips a nil optional, but encodes a wrapper always, so one wrapper replaces a hand-written
    /// `encode(to:)` per document type.
    @propertyWrapper
    struct Null<Value: Encodable>: Encodable {
        var wrappedValue: Value?

        // Declared, not synthesized, so memberwise initialisers take the plain optional.
        init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            if let wrappedValue { try c.encode(wrappedValue) } else { try c.encodeNil() }
        }
    }

    struct Counts: Encodable {
        var planned, aired, interrupted, failed, missed, pending: Int
        var minutesOnAir: Double
        @Null var fulfilmentPercent: Double?

        init(_ t: Tally) {
            planned = t.planned
            aired = t.aired
            interrupted = t.interrupted
            failed = t.failed
            missed = t.missed
            pending = t.pending
            minutesOnAir = (t.minutesOnAir * 1000).rounded() / 1000
            fulfilmentPercent = t.fulfilment.map { ($0 * 10).rounded() / 10 }
        }
    }

    struct Entry: Encodable {
        var key: String
        var name: String
        var counts: Counts

        func encode(to encoder: any Encoder) throws {
            try counts.encode(to: encoder)
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(key, forKey: Key(keyName))
            try c.encode(name, forKey: Key(nameName))
        }

        var keyName = "id"
        var nameName = "name"
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct Document: Encodable {
        var schema: String
        var station: String
        var timezone: String
        @Null var campaign: String?
        var from: String
        var to: String
        var asOf: String
        var total: Counts
        var announcements: [Entry]
        var zones: [Entry]
        var days: [Entry]
        var unplanned: Int
        var unplannedAirings: [Unplanned]
        var exceptions: [Exception]
        var plannedFromCurrentFiles: [String]
    }

    struct Unplanned: Encodable {
        var identity: String
        var attempt: Int
        var plannedStart: String
        @Null var start: String?
        var zones: [String]
        var title: String
        @Null var campaign: String?
        var trigger: String
        var outcome: String
        @Null var reason: String?
        @Null var playedSeconds: Double?
    }

    struct Exception: Encodable {
        var identity: String
        @Null var attempt: Int?
        var plannedStart: String
        @Null var start: String?
        var zones: [String]
        @Null var announcement: String?
        var title: String
        var outcome: String
        @Null var reason: String?
        @Null var playedSeconds: Double?
        var airedOnRetry: Bool
    }

    public static func render(_ report: CampaignReport) -> String {
        var clock = StationClock(timeZone: TimeZone(identifier: report.timeZoneID) ?? TimeZone(secondsFromGMT: 0) ?? .current)
        var asOf: [UInt8] = []
        clock.appendLocalISO(report.asOfMs, to: &asOf)
        func local(_ ms: Int64) -> String {
            var out: [UInt8] = []
            clock.appendLocalISO(ms, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        func seconds(_ ms: Int64?) -> Double? { ms.map { Double($0) / 1000 } }
        let doc = Document(
            schema: schema, station: report.station, timezone: report.timeZoneID, campaign: report.campaign,
            from: report.from.description, to: report.through.description, asOf: String(decoding: asOf, as: UTF8.self),
            total: Counts(report.total),
            announcements: report.announcements.map { Entry(key: $0.key, name: $0.name, counts: Counts($0.tally), keyName: "id", nameName: "title") },
            zones: report.zones.map { Entry(key: $0.key, name: $0.name, counts: Counts($0.tally), keyName: "id", nameName: "name") },
            days: report.days.map { Entry(key: $0.key, name: $0.name, counts: Counts($0.tally), keyName: "date", nameName: "label") },
            unplanned: report.unplanned,
            unplannedAirings: report.unplannedAirings.map {
                Unplanned(identity: $0.identity, attempt: $0.attempt, plannedStart: local($0.plannedStartMs), start: $0.startMs.map(local),
                          zones: $0.zones, title: $0.title, campaign: $0.campaign, trigger: $0.trigger.rawValue,
                          outcome: $0.outcome.rawValue, reason: $0.reason, playedSeconds: seconds($0.playedMs))
            },
            exceptions: report.exceptions.map {
                Exception(identity: $0.identity, attempt: $0.attempt, plannedStart: local($0.plannedStartMs), start: $0.startMs.map(local),
                          zones: $0.zones, announcement: $0.announcementID, title: $0.title, outcome: $0.outcome.rawValue,
                          reason: $0.reason, playedSeconds: seconds($0.playedMs), airedOnRetry: $0.airedOnRetry)
            },
            plannedFromCurrentFiles: report.plannedFromCurrentFiles.map(\.description))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(doc) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
