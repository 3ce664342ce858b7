import CXLSXWriter
import Foundation
import LoaCore

/// A spreadsheet written through libxlsxwriter: cells with types (text, number, date and time with a
/// display format), a frozen header row and column widths. Thin on purpose: what each file holds is the
/// exporter's and the report's business.
///
/// In constant-memory mode (the export) libxlsxwriter writes each row out when the next begins, so a
/// million airings take no more memory than one; rows must then be written in order, top to bottom.
final class XLSXBook {
    typealias Format = UnsafeMutablePointer<lxw_format>

    let path: String
    let lib: XLSXLibrary
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    /// The first failure of any write: reported once, at `close`, so the row loops stay plain.
    private var failure: lxw_error = LXW_NO_ERROR

    init(path: String, constantMemory: Bool) throws(XLSXError) {
        self.path = path
        lib = try XLSXLibrary.shared.get()
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0, tmpdir: nil, use_zip64: 1)
        guard let book = lib.workbook_new_opt(path, &options) else { throw XLSXError(what: "cannot create \(path)", code: nil) }
        workbook = book
    }

    deinit {
        // A book never closed (an error on the way) still frees its memory and temporary files.
        if let workbook { _ = lib.workbook_close(workbook) }
    }

    /// Sheet names: at most 31 characters, none of `[]:*?/\`.
    func sheet(_ name: String) throws(XLSXError) -> XLSXSheet {
        guard let workbook else { throw XLSXError(what: "the workbook is closed", code: nil) }
        guard let sheet = lib.workbook_add_worksheet(workbook, name) else { throw XLSXError(what: "cannot add the sheet \(name)", code: nil) }
        return XLSXSheet(book: self, sheet: sheet)
    }

    /// A cell format; `numberFormat` in Excel's codes (`dd/mm/yyyy hh:mm:ss.000`, `0.0`).
    func format(numberFormat: String? = nil, bold: Bool = false, wrap: Bool = false) -> Format? {
        guard let workbook, let f = lib.workbook_add_format(workbook) else { return nil }
        if let numberFormat { lib.format_set_num_format(f, numberFormat) }
        if bold { lib.format_set_bold(f) }
        if wrap { lib.format_set_text_wrap(f) }
        return f
    }

    func note(_ error: lxw_error) {
        if failure == LXW_NO_ERROR, error != LXW_NO_ERROR { failure = error }
    }

    /// Writes the file; the first failure of a cell or of the file is thrown.
    func close() throws(XLSXError) {
        guard let workbook else { return }
        self.workbook = nil
        let closed = lib.workbook_close(workbook)
        if failure != LXW_NO_ERROR { throw XLSXError(what: "a cell could not be written", code: failure) }
        if closed != LXW_NO_ERROR { throw XLSXError(what: "cannot write \(path)", code: closed) }
    }

    /// Excel's day number of a station-local wall-clock instant (ms since 1970-01-01 00:00 local):
    /// days since 1899-12-30, the fraction the time of day. Milliseconds survive (a double holds them).
    static func serial(localMs: Int64) -> Double { Double(localMs) / 86_400_000 + 25_569 }

    static func serial(_ date: LocalDate) -> Double { Double(date.daysSinceEpoch) + 25_569 }
}

/// One sheet of an `XLSXBook`: rows and columns counted from 0.
struct XLSXSheet {
    unowned let book: XLSXBook
    let sheet: UnsafeMutablePointer<lxw_worksheet>

    func text(_ row: Int, _ column: Int, _ value: String, _ format: XLSXBook.Format? = nil) {
        guard !value.isEmpty else { return }
        book.note(book.lib.worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), value, format))
    }

    /// Text straight from the log's bytes (no String made); `scratch` holds its NUL-terminated copy.
    func text(_ row: Int, _ column: Int, _ bytes: UnsafeRawBufferPointer, scratch: inout [CChar], _ format: XLSXBook.Format? = nil) {
        guard bytes.count > 0 else { return }
        scratch.removeAll(keepingCapacity: true)
        for b in bytes { scratch.append(CChar(bitPattern: b)) }
        scratch.append(0)
        book.note(book.lib.worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), scratch, format))
    }

    func number(_ row: Int, _ column: Int, _ value: Double, _ format: XLSXBook.Format? = nil) {
        book.note(book.lib.worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format))
    }

    /// A header row in bold, frozen so it stays in view while scrolling, with each column's width in characters.
    func header(_ row: Int, _ titles: [String], widths: [Double], bold: XLSXBook.Format?) {
        for (i, width) in widths.enumerated() { book.note(book.lib.worksheet_set_column(sheet, lxw_col_t(i), lxw_col_t(i), width, nil)) }
        for (i, title) in titles.enumerated() { text(row, i, title, bold) }
        book.lib.worksheet_freeze_panes(sheet, lxw_row_t(row + 1), 0)
    }

    func width(_ column: Int, _ characters: Double) {
        book.note(book.lib.worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), characters, nil))
    }
}

public struct XLSXError: Error, CustomStringConvertible {
    let what: String
    let code: lxw_error?

    public var description: String {
        guard let code, case .success(let lib) = XLSXLibrary.shared, let text = lib.lxw_strerror(code) else { return what }
        return "\(what) (libxlsxwriter: \(String(cString: text)))"
    }
}
