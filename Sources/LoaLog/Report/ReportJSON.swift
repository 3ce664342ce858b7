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
        var unplannedAirings: [Unplanned]
        var exceptions: [Exception]
        var plannedFromCurrentFiles: [String]

        enum CodingKeys: String, CodingKey {
            case schema, station, timezone, campaign, from, to, asOf, total, announcements, zones, days, unplanned
            case unplannedAirings, exceptions, plannedFromCurrentFiles
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
            try c.encode(unplannedAirings, forKey: .unplannedAirings)
            try c.encode(exceptions, forKey: .exceptions)
            try c.encode(plannedFromCurrentFiles, forKey: .plannedFromCurrentFiles)
        }
    }

    /// Nulls written, not left out, as in the export.
    struct Unplanned: Encodable {
        var identity: String, attempt: Int, plannedStart: String, start: String?, zones: [String], title: String
        var campaign: String?, trigger: String, outcome: String, reason: String?, playedSeconds: Double?

        enum CodingKeys: String, CodingKey {
            case identity, attempt, plannedStart, start, zones, title, campaign, trigger, outcome, reason, playedSeconds
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(identity, forKey: .identity)
            try c.encode(attempt, forKey: .attempt)
            try c.encode(plannedStart, forKey: .plannedStart)
            try c.encode(start, forKey: .start)
            try c.encode(zones, forKey: .zones)
            try c.encode(title, forKey: .title)
            try c.encode(campaign, forKey: .campaign)
            try c.encode(trigger, forKey: .trigger)
            try c.encode(outcome, forKey: .outcome)
            try c.encode(reason, forKey: .reason)
            try c.encode(playedSeconds, forKey: .playedSeconds)
        }
    }

    struct Exception: Encodable {
        var identity: String, attempt: Int?, plannedStart: String, start: String?, zones: [String], announcement: String?
        var title: String, outcome: String, reason: String?, playedSeconds: Double?, airedOnRetry: Bool

        enum CodingKeys: String, CodingKey {
            case identity, attempt, plannedStart, start, zones, announcement, title, outcome, reason, playedSeconds, airedOnRetry
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(identity, forKey: .identity)
            try c.encode(attempt, forKey: .attempt)
            try c.encode(plannedStart, forKey: .plannedStart)
            try c.encode(start, forKey: .start)
            try c.encode(zones, forKey: .zones)
            try c.encode(announcement, forKey: .announcement)
            try c.encode(title, forKey: .title)
            try c.encode(outcome, forKey: .outcome)
            try c.encode(reason, forKey: .reason)
            try c.encode(playedSeconds, forKey: .playedSeconds)
            try c.encode(airedOnRetry, forKey: .airedOnRetry)
        }
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
