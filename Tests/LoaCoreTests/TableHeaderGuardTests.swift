import Foundation
import Testing
@testable import LoaCore

/// toml++ aborts the process (an assertion in parse_key) on a table header whose name does not begin
/// right after its brackets. Each of these once killed `loa check` and the daemon with exit 134; now
/// they are syntax errors with their place, and valid TOML that merely looks like them still loads.
@Suite struct TableHeaderGuardTests {
    static let asserting: [(text: String, line: Int, column: Int)] = [
        ("[[[announcement]]]\nid = \"a\"\n", 1, 3),
        ("[station]\nname = \"x\"\n\n  [[[[[[[[[[\n", 4, 5),
        ("[\n", 1, 2),
        ("[ \r\n", 1, 3),
        ("[.x]\n", 1, 2),
        ("[[ =]]\n", 1, 4),
        ("a = 1\n[ #\n", 2, 3),
        ("s = \"\"\"\nx\\\n  y\"\"\"\n[[[a]]]\n", 4, 3),
        ("[[ [a]]]\n", 1, 4),
    ]

    /// Found by the fuzzer: toml++ takes these for date-times and asserts that a digit follows the T.
    static let assertingDateTimes: [(text: String, line: Int, column: Int)] = [
        ("name = 1979-05-27Tname07:32:00\n", 1, 19),
        ("at = [\n  2023-11-20T07:30:00,\n  2023-11-20tx:30:00,\n]\n", 3, 14),
        ("t = { at = 2023-11-20T:30 }\n", 1, 23),
        ("from = 2024-12-15 2\nn = 1\n", 1, 20),
        ("at = [2024-12-15 7, 2024-12-16 07:30:00]", 1, 19),
        ("from = 2024-12-15 2", 1, 20),
        ("from = 202<-12-15 2\n", 1, 20),
        ("audio =1979-05-27 0\u{FEFF}2A:00:00\n", 1, 20),
    ]

    /// The fuzzer's third find: a list whose value begins with } (or a non-ASCII space).
    @Test(arguments: ["s = [}\"sang\"]\n", "s = [\"a\", }]\n", "s = [\n  \u{00A0}1]\n"])
    func aValueThatBeginsWithATerminatorIsASyntaxError(_ text: String) throws {
        let fault = try #require(TableHeaderGuard.firstFault(in: text), "not caught: \(text.debugDescription)")
        #expect(fault.valueMissing)
        guard case .failure = TOMLDocument.parse(text) else { Issue.record("parsed: \(text)"); return }
    }

    @Test(arguments: 0..<assertingDateTimes.count)
    func aDateAndTWithoutATimeIsASyntaxErrorWithItsPlace(_ index: Int) throws {
        let (text, line, column) = Self.assertingDateTimes[index]
        let fault = try #require(TableHeaderGuard.firstFault(in: text), "not caught: \(text)")
        #expect(fault.dateTimeWithoutTime && fault.line == line && fault.column == column, "\(fault) for \(text.debugDescription)")
        guard case .failure(let error) = TOMLDocument.parse(text) else { Issue.record("parsed: \(text)"); return }
        #expect(error.badDateTime)
    }

    /// Every input that once crashed loa, kept in Tests/Fixtures/fuzz/seeds, loads with a diagnostic (a crash
    /// would end this test process).
    @Test func everyInputThatCrashedLoaIsNowADiagnostic() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz/seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count >= 5)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let loaded = ConfigLoader.load(main: ConfigSource(displayPath: "loa.toml", folder: "/cfg", bytes: bytes), dropIns: [])
            #expect(loaded.diagnostics.errors.contains { $0.code == .tomlSyntax || $0.code == .invalidDate }, "\(name)")
        }
    }

    @Test(arguments: 0..<asserting.count)
    func aHeaderToml_ppWouldAbortOnIsASyntaxErrorWithItsPlace(_ index: Int) throws {
        let (text, line, column) = Self.asserting[index]
        let fault = try #require(TableHeaderGuard.firstFault(in: text), "not caught: \(text)")
        #expect(fault.line == line && fault.column == column, "\(fault) for \(text.debugDescription)")
        guard case .failure(let error) = TOMLDocument.parse(text) else { Issue.record("parsed: \(text)"); return }
        #expect(error.badTableHeader)
    }

    @Test(arguments: [
        "[station]\nname = \"x\"\n[[slot]]\nid = \"a\"\n",
        "[ station ]\n[[ slot ]]\n[\"quoted key\"]\n['literal']\n",
        "a = [\n[[[1]]],\n[ [2] ],\n]\n",
        "s = \"\"\"\n[[[not a header]]]\n\"\"\"\nt = '''\n[[[nor this]]]\n'''\n",
        "u = \"[[[\" # [[[ in a comment\n[x]\n",
        "v = \"\"\"a\"\"\"\" \n[w]\n",
        "x = { a = \"[\" }\n[y]\n",
        "[2023-11-20Tx]\n2023-11-20Ty = 1\nz = { 2023-11-20Tq = 2 }\nw = [2023-11-20T07:30:00, 2023-11-20 07:30:00]\n",
    ])
    func validTomlThatLooksLikeItStillParses(_ text: String) {
        #expect(TableHeaderGuard.firstFault(in: text) == nil, "\(text)")
        if case .failure(let error) = TOMLDocument.parse(text) { Issue.record("\(error) for \(text)") }
    }

    /// What an officer reads: the place, the line as written, and the header written the right way.
    @Test func theMessageShowsTheLineAndTheRightHeader() throws {
        let dropIn = "campaign = \"Tháng hành động\"\n\n[[[announcement]]]\nid = \"chu-de\"\n"
        let loaded = TestConfig.load(TestConfig.station, ["x.toml": dropIn])
        let error = try #require(loaded.diagnostics.errors.first)
        #expect(error.code == .tomlSyntax)
        #expect(error.file == "/cfg/announcements.d/x.toml")
        #expect(error.line == 3 && error.column == 3)
        #expect(error.message.contains("«[[[announcement]]]»"))
        #expect(error.fix.contains("Write [[announcement]]."))
    }

    /// A line of a file that is one long line is quoted in part, and any message stays short.
    @Test func aHugeLineIsNotEchoedWhole() throws {
        let huge = "[[[" + String(repeating: "a", count: 100_000) + "]]]\n"
        let loaded = TestConfig.load(huge)
        let text = loaded.diagnostics.sorted.map(\.description).joined(separator: "\n")
        #expect(!loaded.diagnostics.errors.isEmpty)
        #expect(text.utf8.count < 2000, "\(text.utf8.count) bytes")
    }
}
