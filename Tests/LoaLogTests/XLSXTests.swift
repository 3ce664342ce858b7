import Foundation
import LoaTestSupport
import LoaCLI
import LoaCore
import Testing
@testable import LoaLog

/// The xlsx files read back by another program (Python's openpyxl, from Debian) and as raw sheet XML:
/// numbers are numbers, dates and times are date cells with a date format, text is intact, the header
/// row is frozen and columns have widths.
@Suite struct XLSXTests {
    struct Cell: Decodable {
        var v: String?
        /// openpyxl's data type: "n" number, "d" a number shown as a date, "s" text.
        var t: String
        var date: Bool
        var format: String
    }

    struct Sheet: Decodable {
        var name: String
        var freeze: String?
        var widths: [String: Double]
        var rows: [[Cell]]
    }

    struct Book: Decodable {
        var sheets: [Sheet]
        /// The `t` attribute of every cell of the first sheet's XML, counted.
        var xmlTypes: [String: Int]
    }

    static let reader = """
        import json, re, sys, zipfile, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"sheets": [], "xmlTypes": {}}
        for ws in wb.worksheets:
            rows = []
            for row in ws.iter_rows():
                cells = []
                for c in row:
                    v = c.value
                    if hasattr(v, "isoformat"):
                        v = v.isoformat(timespec="milliseconds") if hasattr(v, "hour") else v.isoformat()
                    elif v is not None:
                        v = repr(v) if isinstance(v, float) else str(v)
                    cells.append({"v": v, "t": c.data_type, "date": c.is_date, "format": c.number_format})
                rows.append(cells)
            widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
            out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "widths": widths, "rows": rows})
        xml = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
        for m in re.finditer(r'<c r="[A-Z]+[0-9]+"([^>]*)>', xml):
            t = re.search(r' t="([^"]+)"', m.group(1))
            key = t.group(1) if t else "n"
            out["xmlTypes"][key] = out["xmlTypes"].get(key, 0) + 1
        print(json.dumps(out, ensure_ascii=False))
        """

    static func read(_ path: String) throws -> Book {
        // Debian's Python, where python3-openpyxl installs (a python3 earlier on the PATH may lack it).
        let result = try run("/usr/bin/python3", ["-c", reader, path])
        guard result.status == 0 else { throw ReadFailure(text: result.stderr) }
        return try JSONDecoder().decode(Book.self, from: Data(result.stdout.utf8))
    }

    struct ReadFailure: Error { var text: String }

    @Test func theExportHasTypedCellsAFrozenHeaderAndVietnameseText() throws {
        let folder = try TemporaryFolder()
        let log = try ExportTests.fixture(folder)
        let out = folder.file("nhật-ký.xlsx")
        try runLoa(["export", "--log", log, "--format", "xlsx", "--output", out])
        let book = try Self.read(out)
        let sheet = try #require(book.sheets.first)
        #expect(sheet.name == "Nhật ký phát")
        #expect(sheet.freeze == "A2")
        // libxlsxwriter adds the cell padding Excel adds to a width typed in.
        #expect((40...41).contains(sheet.widths["I"] ?? 0))
        #expect(sheet.rows.count == 5)
        #expect(sheet.rows[0].map { $0.v ?? "" } == CSVExporter.header(.vi))
        let chuDe = try #require(sheet.rows.first { $0[7].v == "chu-de" && $0[1].v == "2023-11-15T00:00:00.000" })
        // The planned day: a date cell.
        #expect(chuDe[1].t == "d" && chuDe[1].date && chuDe[1].format == "dd/mm/yyyy")
        // Planned start, start and end: date and time cells in station time, to the millisecond.
        #expect(chuDe[3].v == "2023-11-15T06:00:00.000" && chuDe[3].date && chuDe[3].format == "dd/mm/yyyy hh:mm:ss")
        #expect(chuDe[4].v == "2023-11-15T06:00:00.008" && chuDe[4].date && chuDe[4].format == "dd/mm/yyyy hh:mm:ss.000")
        #expect(chuDe[5].v == "2023-11-15T06:01:01.242" && chuDe[5].date)
        // Seconds played: a number with three decimals, not text.
        #expect(chuDe[6].t == "n" && !chuDe[6].date && chuDe[6].v == "61.226" && chuDe[6].format == "0.000")
        #expect(chuDe[0].t == "n" && chuDe[18].t == "n" && chuDe[18].v == "1")
        #expect(chuDe[8].t == "s" && chuDe[8].v == "Chủ đề Tháng hành động năm 2023")
        #expect(chuDe[10].v == "thon-na-mu toan-xa")
        #expect(chuDe[16].v == "đã phát")
        let awkward = try #require(sheet.rows.first { $0[7].v == "tiem-chung" })
        #expect(awkward[8].v == ExportTests.awkwardTitle)
        #expect(awkward[16].v == "bị ngắt")
        // Decomposed letters were stored composed and stay so.
        #expect(sheet.rows.contains { $0[8].v == "Lễ phát động" })
        // An airing that never started has no start: empty cells, not zero.
        let missed = try #require(sheet.rows.first { $0[16].v == "bị lỡ" })
        #expect(missed[4].v == nil && missed[6].v == nil)
        #expect(missed[17].v == "mất điện cả xã")
        // The sheet's own XML: text inline, numbers (and dates) untyped numbers, nothing else.
        #expect(Set(book.xmlTypes.keys) == ["inlineStr", "n"])
    }

    @Test func theEnglishExportHasEnglishHeadersAndISODateFormats() throws {
        let folder = try TemporaryFolder()
        let log = try ExportTests.fixture(folder)
        let out = folder.file("airings.xlsx")
        try runLoa(["export", "--log", log, "--format", "xlsx", "--lang", "en", "--output", out])
        let sheet = try #require(try Self.read(out).sheets.first)
        #expect(sheet.name == "Airings")
        #expect(sheet.rows[0].map { $0.v ?? "" } == CSVExporter.header(.en))
        let row = try #require(sheet.rows.first { $0[7].v == "chu-de" })
        #expect(row[4].format == "yyyy-mm-dd hh:mm:ss.000" && row[4].date)
        #expect(row[16].v == "aired")
    }

    @Test func theReportHasNumbersPercentagesAndDateCells() throws {
        let folder = try TemporaryFolder()
        let report = try ReportTests.report(try ReportTests.makeLog(folder))
        let out = folder.file("báo-cáo.xlsx")
        try ReportXLSX.write(report, lang: .vi, to: out)
        let book = try Self.read(out)
        #expect(book.sheets.map(\.name).prefix(3) == ["Tổng hợp", "Theo ngày", "Thông tin"])
        let summary = book.sheets[0]
        #expect(summary.freeze == "A2")
        let total = summary.rows[1]
        #expect(total[0].v == "Tổng cộng" && total[2].v == ReportTests.campaign)
        #expect(total[3...8].map { $0.v } == ["7", "3", "1", "1", "1", "1"])
        #expect(total[3...10].allSatisfy { $0.t == "n" && !$0.date })
        #expect(total[9].v == "3.833")
        #expect(total[10].v == "0.5" && total[10].format == "0.0%")
        #expect(summary.rows.map { $0[2].v } .contains("Thôn Nà Mu"))
        let days = book.sheets[1]
        #expect(days.rows.count == 4)
        #expect(days.rows[1][0].date && days.rows[1][0].v == "2023-11-15T00:00:00.000" && days.rows[1][0].format == "dd/mm/yyyy")
        #expect(days.rows[2][1].v == "T5")
        let about = book.sheets[2]
        #expect(about.rows[5][1].date && about.rows[5][1].v == "2023-11-17T12:00:00.000")
    }

    /// A sheet ends at Excel's row limit: more airings than that are refused with what to do, not cut.
    @Test func moreAiringsThanASheetHoldsAreRefusedWithTheWayOut() throws {
        let folder = try TemporaryFolder()
        let reader = try AiringLogReader(path: try ExportTests.fixture(folder))
        var exporter = XLSXExporter(lang: .vi, timeZone: Sample.resolver.timeZone, rowLimit: 3)
        let error = try #require(throws: XLSXExporter.TooManyRows.self) {
            try exporter.export(reader, filter: AiringFilter(), to: folder.file("a.xlsx"))
        }
        #expect(error.description.contains("at most 3 airings") && error.description.contains("--from and --to"))
        var fits = XLSXExporter(lang: .vi, timeZone: Sample.resolver.timeZone, rowLimit: 4)
        #expect(try fits.export(reader, filter: AiringFilter(), to: folder.file("b.xlsx")) == 4)
    }

    @Test func anXLSXWithoutOutputIsRefusedOnATerminalOnly() throws {
        // Under the test runner standard output is not a terminal: the workbook may go down a pipe.
        if isatty(1) == 0 { _ = try LoaCommand.parseAsRoot(["export", "--format", "xlsx"]) }
        #expect(throws: (any Error).self) { _ = try LoaCommand.parseAsRoot(["export", "--format", "xlsx", "--excel-vi", "-o", "x.xlsx"]) }
    }
}
