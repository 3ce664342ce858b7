import Foundation
import LoaTestSupport
import LoaCore
import Testing

/// The real `loa` binary, as an officer or a technician runs it.
@Suite(.serialized) struct CommandLineTests {
    @Test(arguments: Paths.cases("broken"))
    func everyBrokenConfigurationExitsOneWithItsPlace(_ name: String) throws {
        let folder = Paths.fixtures + "/broken/" + name
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json"))) as? [String: Any]
        let result = try run(Paths.loa, ["check", "--config", folder + "/loa.toml"])
        #expect(result.exited, "loa crashed on \(name)")
        #expect(result.status == 1)
        let file = expected?["file"] as? String ?? ""
        let line = expected?["line"] as? Int ?? 0
        // Named relative to the configuration folder, as the spec prints it.
        #expect(result.stdout.hasPrefix("\(file):\(line):") || result.stdout.contains("\n\(file):\(line):"), "\(result.stdout)")
    }

    @Test func theExampleStationChecksClean() throws {
        try ensureExampleAudio()
        let result = try run(Paths.loa, ["check", "--config", Paths.exampleConfig])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("OK: Đài truyền thanh xã Cao Lâu"))
        #expect(!result.stdout.contains("error["))
        #expect(!result.stdout.contains("warning["))
    }

    struct PlanJSON: Decodable {
        struct Airing: Decodable {
            var identity: String
            var date: String
            var start: String
            var kind: String
            var slot: String?
            var announcement: String?
            var zones: [String]
        }
        var station: String
        var airings: [Airing]
        var issues: [[String: String]]
    }

    func examplePlan(_ extra: [String] = []) throws -> PlanJSON {
        try ensureExampleAudio()
        let result = try run(Paths.loa, ["plan", "--config", Paths.exampleConfig, "--from", "2023-11-15", "--to", "15/12/2023", "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(PlanJSON.self, from: Data(result.stdout.utf8))
    }

    @Test func theCampaignPlanHasTheRightAiringsEachDay() throws {
        let plan = try examplePlan()
        #expect(plan.station == "Đài truyền thanh xã Cao Lâu")
        #expect(plan.issues.isEmpty)
        let dates = Set(plan.airings.map(\.date))
        #expect(dates.count == 31)
        // The campaign's rules (config/announcements.d/binh-dang-gioi-2023.toml): each morning chu-de,
        // thong-diep-tuong-lai twice and phong-chong-bao-luc-gia-dinh, with thong-diep-tre-em-gai on Tue,
        // Thu and Sat; each evening chu-de, thong-diep-chia-se and phong-chong-bao-luc-gia-dinh, the Tue/Thu/Sat
        // item, and cau-lac-bo-to-hoa-giai on weekdays; each session with its jingle and closing.
        for day in dates {
            guard case .success(let d) = LocalDate.parse(day) else { continue }
            let tts = [1, 3, 5].contains(d.weekday.rawValue) ? 1 : 0
            let weekday = d.weekday.rawValue < 5 ? 1 : 0
            let launch = day == "2023-11-20" ? 1 : 0
            let items = plan.airings.filter { $0.date == day && $0.kind == "item" }
            #expect(items.filter { $0.slot == "sang" }.count == 4 + tts, "morning of \(day)")
            #expect(items.filter { $0.slot == "chieu" }.count == 3 + tts + weekday, "evening of \(day)")
            #expect(items.filter { $0.slot == nil }.count == launch, "fixed times on \(day)")
            #expect(plan.airings.filter { $0.date == day && $0.kind != "item" }.count == 4)
        }
        let launch = try #require(plan.airings.first { $0.announcement == "le-phat-dong" })
        #expect(launch.start == "2023-11-20T07:30:00+07:00")
        #expect(launch.identity == "2023-11-20/@07:30/le-phat-dong/1/toan-xa")
        #expect(Set(plan.airings.map(\.identity)).count == plan.airings.count)
    }

    @Test func aZoneFilterKeepsOnlyWhatThatZoneHears() throws {
        let all = try examplePlan()
        let village = try examplePlan(["--zone", "thon-na-mu"])
        #expect(village.airings.count == all.airings.count - 1)  // the launch is for the whole-commune zone only
        #expect(village.airings.allSatisfy { $0.zones.contains("thon-na-mu") })
    }

    @Test func csvOpensInSpreadsheets() throws {
        try ensureExampleAudio()
        let result = try run(Paths.loa, ["plan", "--config", Paths.exampleConfig, "--from", "20/11/2023", "--to", "20/11/2023", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\u{FEFF}date,start,"))
        #expect(result.stdout.contains("\r\n"))
        #expect(result.stdout.contains("Lễ phát động"))
        // Monday 20/11: morning 4 items, evening 4, four jingles and closings, the launch; and the header.
        #expect(result.stdout.split(separator: "\r\n").count == 1 + 13)
    }

    @Test func aTableForPeople() throws {
        try ensureExampleAudio()
        let result = try run(Paths.loa, ["plan", "--config", Paths.exampleConfig, "--from", "2023-11-20", "--to", "2023-11-20"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Thứ Hai 20/11/2023"))
        #expect(result.stdout.contains("07:30:00"))
    }

    @Test func badDatesAndUnknownZonesAreRefusedWithAReason() throws {
        try ensureExampleAudio()
        let badDate = try run(Paths.loa, ["plan", "--config", Paths.exampleConfig, "--from", "31/02/2023"])
        #expect(badDate.exited && badDate.status != 0)
        #expect(badDate.stderr.contains("31/02/2023"))
        let reversed = try run(Paths.loa, ["plan", "--config", Paths.exampleConfig, "--from", "2023-12-15", "--to", "2023-11-15"])
        #expect(reversed.status != 0 && reversed.stderr.contains("after"))
        let zone = try run(Paths.loa, ["plan", "--config", Paths.exampleConfig, "--zone", "thon-xyz"])
        #expect(zone.status != 0 && zone.stderr.contains("thon-na-mu"))
        let missing = try run(Paths.loa, ["check", "--config", "/nonexistent/loa.toml"])
        #expect(missing.status == 1 && missing.stdout.contains("config-missing"))
    }
}
