import Foundation
import GRDB
import LoaCore
import LoaTestSupport
import Testing
@testable import LoaLog

/// A log written by the release before schema v2 (Tests/Fixtures/logs/v1-every-outcome.sqlite, made with
/// that release's loa-log-fixture and sqlite3 for the rows it cannot make: every outcome and trigger, a
/// retried attempt, a row left on air by a crash, station events), and what that release's `loa report`
/// and `loa export` printed for it (the .report.json, .export.csv beside it).
@Suite struct UpgradeTests {
    static let fixture = Paths.fixtures + "/logs/v1-every-outcome"
    static let config = Paths.fixtures + "/logs/v1-station/loa.toml"
    static let v1Columns = AiringRow.v1ColumnNames.joined(separator: ", ")

    static func copy(_ folder: TemporaryFolder) throws -> String {
        let path = folder.file("airings.sqlite")
        try FileManager.default.copyItem(atPath: fixture + ".sqlite", toPath: path)
        return path
    }

    static func dump(_ path: String, _ sql: String) throws -> [[String]] {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map { String.fromDatabaseValue($0) ?? "\($0)" } }
        }
    }

    @Test func theReleasedSchemaTextIsFrozenAsItWas() throws {
        let folder = try TemporaryFolder()
        let fresh = folder.file("new.sqlite")
        try AiringLog(path: fresh).close()
        let tables = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'grdb%' AND name NOT LIKE 'sqlite_autoindex_grdb%' ORDER BY name"
        let old = try Self.dump(Self.fixture + ".sqlite", tables)
        let new = try Self.dump(fresh, tables).filter { row in old.contains { $0[1] == row[1] } }
        // Every table and index of v1 as the old release wrote it (v2 later adds a column to `airing`).
        #expect(old.count == 11)
        let same = old.map { $0[1] } == new.map { $0[1] }
        #expect(same, "\(new.map { $0[1] })")
        for (o, n) in zip(old, new) where o[1] != "airing" {
            #expect(o == n, "\(o[1]) differs")
        }
        let newAiring = try #require(new.first { $0[1] == "airing" })[2]
        let oldAiring = try #require(old.first { $0[1] == "airing" })[2]
        // ALTER TABLE … ADD COLUMN writes its column after the last one into the stored text; the rest is
        // v1's, byte for byte.
        #expect(newAiring.replacingOccurrences(of: ", text_sha256 TEXT", with: "") == oldAiring, "\(newAiring)")
        #expect(try Self.dump(fresh, "PRAGMA application_id") == [["\(LogSchema.applicationID)"]])
    }

    @Test func aV1LogOpensAfterTheUpgradeWithEveryRowIntact() throws {
        let folder = try TemporaryFolder()
        let path = try Self.copy(folder)
        let airings = "SELECT \(Self.v1Columns) FROM airing ORDER BY id"
        let events = "SELECT * FROM station_event ORDER BY id"
        let station = "SELECT * FROM station ORDER BY key"
        let before = try Self.dump(path, airings)
        let eventsBefore = try Self.dump(path, events), stationBefore = try Self.dump(path, station)
        #expect(before.count == 32)
        let outcomes = Set(before.map { $0[20] })
        #expect(outcomes == Set(Outcome.allCases.map(\.rawValue)), "every outcome is in the fixture: \(outcomes)")
        #expect(Set(before.map { $0[19] }) == Set(Trigger.allCases.map(\.rawValue)))

        let log = try AiringLog(path: path)
        #expect(try log.queue.read { try LogSchema.migrator.appliedIdentifiers($0) } == ["v1", "v2", "v3"])
        #expect(log.recovered.count == 1)
        try log.close()

        let after = try Self.dump(path, airings)
        #expect(after.count == before.count)
        for (b, a) in zip(before, after) {
            if b[20] == "on_air" {
                // What a crash left on air is closed as interrupted, as every start of loa does.
                var expected = b
                expected[20] = "interrupted"
                expected[21] = AiringLog.stoppedReason
                #expect(a == expected)
            } else {
                #expect(a == b, "row \(b[0]) changed")
            }
        }
        #expect(try Self.dump(path, events) == eventsBefore)
        #expect(try Self.dump(path, station) == stationBefore)
        #expect(try Self.dump(path, "SELECT count(*) FROM airing WHERE text_sha256 IS NOT NULL") == [["0"]])
        #expect(try Self.dump(path, "PRAGMA integrity_check") == [["ok"]])
        // Read back as records too: nothing lost on the way.
        let records = try AiringLogReader(path: path).records()
        #expect(records.count == 32 && records.allSatisfy { $0.zoneOutcomes.isEmpty })
    }

    /// A log written by loa at schema v2, before v3 added the logbook's indexes
    /// (Tests/Fixtures/logs/v2-every-kind.sqlite: that commit's loa-log-fixture over ./v1-station for
    /// 2023-11-15 – 21 with the 18th down, then sqlite3 for what it cannot make: zone outcomes, a recorded
    /// day's plan, a spoken text's hash, a station event). Every row of every table is the same after
    /// the upgrade, which adds indexes and nothing else.
    static let v2Fixture = Paths.fixtures + "/logs/v2-every-kind.sqlite"

    @Test func aV2LogOpensAfterTheUpgradeToV3WithEveryRowIntact() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("airings.sqlite")
        try FileManager.default.copyItem(atPath: Self.v2Fixture, toPath: path)
        let tables = ["airing", "airing_zone", "planned_day", "planned_airing", "station_event", "station"]
        func everyRow() throws -> [String: [[String]]] {
            var all: [String: [[String]]] = [:]
            // In one order whatever the table's key (three of them have no rowid).
            for table in tables { all[table] = try Self.dump(path, "SELECT * FROM \(table)").sorted { $0.description < $1.description } }
            return all
        }
        func indexes() throws -> Set<String> {
            Set(try Self.dump(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").map { $0[0] })
        }
        let before = try everyRow()
        #expect(before["airing"]?.count == 29 && before["airing_zone"]?.count == 12 && before["planned_airing"]?.count == 4)
        let indexesBefore = try indexes()
        #expect(try Self.dump(path, "SELECT identifier FROM grdb_migrations ORDER BY rowid") == [["v1"], ["v2"]])

        // Read as it is before the daemon upgrades it: the logbook's zone filter tests every airing then.
        let old = try AiringLogReader(path: path)
        #expect(try old.zoneCombinations(holding: "thon-na-mu") == nil)
        let byZoneBefore = try old.page(AiringFilter(zone: "thon-na-mu"), before: nil, limit: 100).map(\.id)
        #expect(byZoneBefore.count == 8)

        let log = try AiringLog(path: path)
        #expect(try log.queue.read { try LogSchema.migrator.appliedIdentifiers($0) } == ["v1", "v2", "v3"])
        try log.close()

        #expect(try everyRow() == before)
        #expect(try indexes() == indexesBefore.union(["airing_by_outcome", "airing_by_campaign_outcome", "airing_by_zones"]))
        #expect(try Self.dump(path, "PRAGMA integrity_check") == [["ok"]])
        let reader = try AiringLogReader(path: path)
        #expect(try reader.zoneCombinations(holding: "thon-na-mu") == ["thon-na-mu", "thon-na-mu+toan-xa"])
        #expect(try reader.page(AiringFilter(zone: "thon-na-mu"), before: nil, limit: 100).map(\.id) == byZoneBefore)
        let records = try reader.records()
        #expect(records.count == 29 && records.filter { !$0.zoneOutcomes.isEmpty }.count == 6)
    }

    /// The logbook's filters go through the v3 indexes: SQLite's own plan for each page's query names
    /// the index and needs no sort of the matching airings (a sort means reading every match first).
    @Test func theLogbooksFiltersAreAnsweredFromAnIndexWithoutASort() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("airings.sqlite")
        try FileManager.default.copyItem(atPath: Self.v2Fixture, toPath: path)
        try AiringLog(path: path).close()
        let page = "ORDER BY planned_start_ms DESC, id DESC LIMIT 51"
        let cases: [(String, String)] = [
            ("WHERE outcome IN ('missed') \(page)", "airing_by_outcome"),
            ("WHERE campaign = 'Tin tức xã' AND outcome IN ('missed') \(page)", "airing_by_campaign_outcome"),
            ("WHERE campaign = 'Tin tức xã' \(page)", "airing_by_campaign"),
            ("WHERE zones = 'thon-na-mu+toan-xa' \(page)", "airing_by_zones"),
        ]
        for (tail, index) in cases {
            let plan = try Self.dump(path, "EXPLAIN QUERY PLAN SELECT * FROM airing \(tail)").map { $0.last ?? "" }.joined(separator: "; ")
            #expect(plan.contains("USING INDEX \(index)"), "\(tail): \(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(tail): \(plan)")
        }
    }

    /// The report's figures without the instant it was made and what schema v2 added to it.
    static func figures(_ json: String) throws -> NSDictionary {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let dropped = ["asOf", "unplannedAirings", "exceptions", "plannedFromCurrentFiles"]
        return NSDictionary(dictionary: object.filter { !dropped.contains($0.key) })
    }

    @Test func itsReportAndExportAreTheSameAsBeforeTheUpgradeAndAfter() throws {
        let folder = try TemporaryFolder()
        let path = try Self.copy(folder)
        let expected = try Self.figures(try String(contentsOfFile: Self.fixture + ".report.json", encoding: .utf8))
        let oldCSV = try String(contentsOfFile: Self.fixture + ".export.csv", encoding: .utf8).components(separatedBy: "\r\n")
        for stage in ["not yet upgraded", "upgraded"] {
            if stage == "upgraded" { try AiringLog(path: path).close() }
            let report = try run(Paths.loa, ["report", "--config", Self.config, "--log", path, "--from", "2023-11-15", "--to", "2023-11-21",
                                             "--format", "json"])
            #expect(report.status == 0, "\(stage): \(report.stderr)")
            #expect(try Self.figures(report.stdout) == expected, "\(stage): \(report.stdout)")
            // The days were run by the old release: planned from the files, and said so.
            #expect(report.stderr.contains("planned from the configuration files"), "\(report.stderr)")
            let export = try run(Paths.loa, ["export", "--log", path, "--format", "csv", "--lang", "en"])
            #expect(export.status == 0, "\(stage): \(export.stderr)")
            let lines = export.stdout.components(separatedBy: "\r\n")
            #expect(lines.count == oldCSV.count)
            for (old, new) in zip(oldCSV, lines) where !old.isEmpty {
                if old.hasSuffix(",config_revision") {
                    #expect(new.hasSuffix(old + ",zone_outcomes"))
                } else if stage == "upgraded" && old.contains(",on_air,") {
                    #expect(new.contains(",interrupted,"))
                } else {
                    #expect(new == old + ",", "\(stage): \(new)")
                }
            }
        }
    }
}
