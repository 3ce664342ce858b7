import Foundation
import LoaCore

/// The report for programs: schema `loa.report/1`, described in README-LOG.md.
public enum ReportJSON {
    public static let schema = "loa.report/1"

    struct Counts: Encodable {
        var planned, aired, interrupted, failed, missed, pending: Int
        var minutesOnAir: Double
        var fulfilmentPercent: Double?

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

        enum CodingKeys: String, CodingKey {
            case planned, aired, interrupted, failed, missed, pending, minutesOnAir, fulfilmentPercent
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(planned, forKey: .planned)
            try c.encode(aired, forKey: .aired)
            try c.encode(interrupted, forKey: .interrupted)
            try c.encode(failed, forKey: .failed)
            try c.encode(missed, forKey: .missed)
            try c.encode(pending, forKey: .pending)
            try c.encode(minutesOnAir, forKey: .minutesOnAir)
            try c.encode(fulfilmentPercent, forKey: .fulfilmentPercent)  // null, not absent
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
        var campaign: String?
        var from: String
        var to: String
        var asOf: String
        var total: Counts
        var announcements: [Entry]
        var zones: [Entry]
        var days: [Entry]
        var unplanned: Int

        enum CodingKeys: String, CodingKey {
            case schema, station, timezone, campaign, from, to, asOf, total, announcements, zones, days, unplanned
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(schema, forKey: .schema)
            try c.encode(station, forKey: .station)
            try c.encode(timezone, forKey: .timezone)
            try c.encode(campaign, forKey: .campaign)
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
            try c.encode(asOf, forKey: .asOf)
            try c.encode(total, forKey: .total)
            try c.encode(announcements, forKey: .announcements)
            try c.encode(zones, forKey: .zones)
            try c.encode(days, forKey: .days)
            try c.encode(unplanned, forKey: .unplanned)
        }
    }

    public static func render(_ report: CampaignReport) -> String {
        var clock = StationClock(timeZone: TimeZone(identifier: report.timeZoneID) ?? TimeZone(secondsFromGMT: 0) ?? .current)
        var asOf: [UInt8] = []
        clock.appendLocalISO(report.asOfMs, to: &asOf)
        let doc = Document(
            schema: schema, station: report.station, timezone: report.timeZoneID, campaign: report.campaign,
            from: report.from.description, to: report.through.description, asOf: String(decoding: asOf, as: UTF8.self),
            total: Counts(report.total),
            announcements: report.announcements.map { Entry(key: $0.key, name: $0.name, counts: Counts($0.tally), keyName: "id", nameName: "title") },
            zones: report.zones.map { Entry(key: $0.key, name: $0.name, counts: Counts($0.tally), keyName: "id", nameName: "name") },
            days: report.days.map { Entry(key: $0.key, name: $0.name, counts: Counts($0.tally), keyName: "date", nameName: "label") },
            unplanned: report.unplanned)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(doc) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
