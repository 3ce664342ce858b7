import Foundation
import LoaTestSupport
import LoaCLI
import LoaCore
import Testing
@testable import LoaLog

/// The two CSV forms: RFC 4180 quoting with each separator, the BOM, CRLF, and the decimal comma of
/// `--excel-vi` in numbers and times.
@Suite struct CSVDialectTests {
    @Test func eachDialectQuotesItsOwnSeparatorQuotesAndLineBreaks() {
        let fields = ["Tin \"khẩn\"", "a,b", "c;d", "dòng 1\r\ndòng 2", "Bản Pjạc"]
        #expect(CSVDialect.programs.line(fields) == "\"Tin \"\"khẩn\"\"\",\"a,b\",c;d,\"dòng 1\r\ndòng 2\",Bản Pjạc\r\n")
        #expect(CSVDialect.excelVI.line(fields) == "\"Tin \"\"khẩn\"\"\";a,b;\"c;d\";\"dòng 1\r\ndòng 2\";Bản Pjạc\r\n")
        #expect(CSVDialect.programs.number("28.590") == "28.590")
        #expect(CSVDialect.excelVI.number("28.590") == "28,590")
    }

    @Test func theExcelVIExportHasSemicolonsDecimalCommasABOMAndCRLF() throws {
        let folder = try TemporaryFolder()
        let log = try ExportTests.fixture(folder)
        let out = folder.file("nhật-ký-excel.csv")
        try runLoa(["export", "--log", log, "--format", "csv", "--excel-vi", "--output", out])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix(CSVExporter.header(.vi).joined(separator: ";") + "\r\n"))
        // Every line break outside quotes is CRLF: Python's csv module reads the same rows with ';'.
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                rows = list(csv.reader(f, delimiter=';'))
            raw = open(sys.argv[1], 'rb').read()
            print(json.dumps({"rows": rows, "bareLF": raw.replace(b"\\r\\n", b"").count(b"\\n")}, ensure_ascii=False))
            """
        let result = try shell(["python3", "-c", script, out])
        #expect(result.status == 0, "\(result.stderr)")
        struct Parsed: Decodable { var rows: [[String]]; var bareLF: Int }
        let parsed = try JSONDecoder().decode(Parsed.self, from: Data(result.stdout.utf8))
        // The one bare LF is the line break inside the quoted awkward title.
        #expect(parsed.bareLF == 1)
        let rows = parsed.rows
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.count == CSVExporter.header(.vi).count })
        let chuDe = try #require(rows.dropFirst().first { $0[7] == "chu-de" && $0[1] == "2023-11-15" })
        #expect(chuDe[3] == "2023-11-15 06:00:00")
        #expect(chuDe[4] == "2023-11-15 06:00:00,008")
        #expect(chuDe[5] == "2023-11-15 06:01:01,242")
        #expect(chuDe[6] == "61,226")
        #expect(chuDe[10] == "thon-na-mu toan-xa")
        #expect(chuDe[16] == "đã phát")
        let awkward = try #require(rows.first { $0[7] == "tiem-chung" })
        #expect(awkward[8] == ExportTests.awkwardTitle)
        #expect(awkward[17] == "khẩn cấp: báo cháy ở chợ")
        #expect(awkward[6] == "20,500")
    }

    @Test func theProgramsCSVIsUnchanged() throws {
        let folder = try TemporaryFolder()
        let log = try ExportTests.fixture(folder)
        let out = folder.file("a.csv")
        try runLoa(["export", "--log", log, "--output", out])
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}Mã,Ngày,Buổi phát,"))
        #expect(text.contains(",2023-11-15 06:00:00.008,2023-11-15 06:01:01.242,61.226,chu-de,"))
    }

    @Test func theReportCSVForVietnameseExcelHasDecimalCommas() throws {
        let folder = try TemporaryFolder()
        let report = try ReportTests.report(try ReportTests.makeLog(folder))
        let csv = ReportCSV.render(report, lang: .vi, dialect: .excelVI)
        #expect(csv.hasPrefix("\u{FEFF}Phần;Mã;Tên;Kế hoạch;Đã phát;Bị ngắt;Lỗi;Bị lỡ;Chưa đến giờ;Số phút phát;Hoàn thành (%);"))
        #expect(csv.contains("\r\ntổng cộng;\(ReportTests.campaign);\(ReportTests.campaign);7;3;1;1;1;1;3,8;50,0;;;;;;;;;\r\n"))
        #expect(csv.contains("\r\nngày;2023-11-16;16/11/2023;3;1;1;1;0;0;1,8;33,3;;;;;;;;;\r\n"))
        // The length played in an exception, with a decimal comma too.
        #expect(csv.contains(";;;;;;;;2023-11-16 07:30:00;2023-11-16 07:30:00;thon-na-mu;;bị ngắt;;30,000;1;không\r\n"))
        #expect(!csv.contains("\n\n"))
        #expect(ReportCSV.render(report, lang: .vi).contains("\r\ntổng cộng,\(ReportTests.campaign),\(ReportTests.campaign),7,3,1,1,1,1,3.8,50.0,,,,,,,,,\r\n"))
    }

    @Test func excelVIIsRefusedWithAnotherFormat() {
        #expect(throws: (any Error).self) { _ = try LoaCommand.parseAsRoot(["export", "--format", "json", "--excel-vi"]) }
    }
}
