import Foundation
import LoaCore

/// `loa export --format xlsx`: the airing log as a spreadsheet with typed cells. Numbers are numbers,
/// dates and times are date cells (station-local wall-clock time, to the millisecond) with a display
/// format, text is UTF-8 as stored; the header (Vietnamese by default) is frozen. Same columns as the CSV.
public struct XLSXExporter {
    let lang: Language
    var clock: StationClock
    /// Airings one sheet holds: Excel's 1,048,576 rows less the header.
    let rowLimit: Int

    public init(lang: Language, timeZone: TimeZone) {
        self.init(lang: lang, timeZone: timeZone, rowLimit: 1_048_575)
    }

    init(lang: Language, timeZone: TimeZone, rowLimit: Int) {
        self.lang = lang
        clock = StationClock(timeZone: timeZone)
        self.rowLimit = rowLimit
    }

    public struct TooManyRows: Error, CustomStringConvertible {
        let limit: Int
        public var description: String {
            "an Excel sheet holds at most \(Figures(.en).integer(limit)) airings and this export has more; "
                + "export fewer days at a time with --from and --to, or use --format csv."
        }
    }

    /// Column widths in characters, in the order of `CSVExporter.header`.
    static let widths: [Double] = [8, 11, 10, 20, 24, 24, 10, 16, 40, 32, 22, 12, 30, 18, 10, 12, 10, 30, 8, 44, 14, 40]

    /// Writes the workbook to `path`; returns the number of airings.
    @discardableResult
    public mutating func export(_ reader: AiringLogReader, filter: AiringFilter, to path: String) throws -> Int {
        let book = try XLSXBook(path: path, constantMemory: true)
        let formats = XLSXFormats(book, lang)
        let sheet = try book.sheet(lang == .vi ? "Nhật ký phát" : "Airings")
        sheet.header(0, CSVExporter.header(lang), widths: Self.widths, bold: formats.bold)
        var row = 0
        var scratch: [CChar] = []
        scratch.reserveCapacity(256)
        let labels = Labels.table(lang)
        func label(_ prefix: String, _ bytes: UnsafeRawBufferPointer) -> String {
            let code = String(decoding: bytes, as: UTF8.self)
            return labels[prefix + code].map { String(decoding: $0, as: UTF8.self) } ?? code
        }
        func write(_ r: RawAiringRow, row: Int) {
            sheet.number(row, 0, Double(r.int(.id) ?? 0), formats.integer)
            if let date = try? LocalDate.parse(String(decoding: r.bytes(.plannedDate), as: UTF8.self)).get() {
                sheet.number(row, 1, XLSXBook.serial(date), formats.date)
            }
            sheet.text(row, 2, r.bytes(.slot), scratch: &scratch)
            // To the second, as the CSV writes it: shown as hh:mm:ss, Excel would round 06:00:38.59 up to :39.
            if let ms = r.int(.plannedStartMs) {
                sheet.number(row, 3, XLSXBook.serial(localMs: floorDiv(clock.localMs(ms), 1000) * 1000), formats.dateTime)
            }
            if let ms = r.int(.startMs) { sheet.number(row, 4, XLSXBook.serial(localMs: clock.localMs(ms)), formats.dateTimeMs) }
            if let ms = r.int(.endMs) { sheet.number(row, 5, XLSXBook.serial(localMs: clock.localMs(ms)), formats.dateTimeMs) }
            if let ms = r.int(.playedMs) { sheet.number(row, 6, Double(ms) / 1000, formats.seconds) }
            sheet.text(row, 7, r.bytes(.announcementID), scratch: &scratch)
            sheet.text(row, 8, r.bytes(.title), scratch: &scratch)
            sheet.text(row, 9, r.bytes(.campaign), scratch: &scratch)
            sheet.text(row, 10, String(decoding: r.bytes(.zones), as: UTF8.self).replacingOccurrences(of: "+", with: " "))
            sheet.text(row, 11, r.bytes(.devices), scratch: &scratch)
            sheet.text(row, 12, r.bytes(.audioPath), scratch: &scratch)
            sheet.text(row, 13, r.bytes(.audioSHA256), scratch: &scratch)
            sheet.text(row, 14, label("p:", r.bytes(.priority)))
            sheet.text(row, 15, label("t:", r.bytes(.trigger)))
            sheet.text(row, 16, label("o:", r.bytes(.outcome)))
            sheet.text(row, 17, r.bytes(.reason), scratch: &scratch)
            sheet.number(row, 18, Double(r.int(.attempt) ?? 1), formats.integer)
            sheet.text(row, 19, r.bytes(.identity), scratch: &scratch)
            sheet.text(row, 20, r.bytes(.configRevision), scratch: &scratch)
            sheet.text(row, 21, r.bytes(.zoneSummary), scratch: &scratch)
        }
        var failure: (any Error)?
        do {
            try reader.forEach(filter) { r in
                guard row < rowLimit else {
                    failure = TooManyRows(limit: rowLimit)
                    throw TooManyRows(limit: rowLimit)
                }
                row += 1
                write(r, row: row)
            }
        } catch {
            // The limit comes out as itself, not as a failure of the log.
            throw failure ?? error
        }
        try book.close()
        return row
    }
}

/// The display formats loa's spreadsheets use. Excel's format codes always write the decimal point as
/// `.`; Excel and Calc show it as the reader's settings say (a comma in Vietnamese).
struct XLSXFormats {
    let bold, integer, decimal, seconds, date, dateTime, dateTimeMs: XLSXBook.Format?

    init(_ book: XLSXBook, _ lang: Language) {
        let day = lang == .vi ? "dd/mm/yyyy" : "yyyy-mm-dd"
        bold = book.format(bold: true)
        integer = book.format(numberFormat: "#,##0")
        decimal = book.format(numberFormat: "#,##0.0")
        seconds = book.format(numberFormat: "0.000")
        date = book.format(numberFormat: day)
        dateTime = book.format(numberFormat: day + " hh:mm:ss")
        dateTimeMs = book.format(numberFormat: day + " hh:mm:ss.000")
    }
}

/// An xlsx made in a file of its own (libxlsxwriter writes only to a path), then copied into the output,
/// so `--output` keeps its guarantees: written whole or not at all, standard output when not given.
public enum XLSXOutput {
    public static func write(into sink: ByteSink, _ make: (_ path: String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("book.xlsx").path
        try make(path)
        guard let file = FileHandle(forReadingAtPath: path) else { throw XLSXError(what: "cannot read back \(path)", code: nil) }
        defer { try? file.close() }
        while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
            sink.buffer.append(contentsOf: chunk)
            try sink.flush()
        }
    }
}
