import CXLSXWriter
#if canImport(Glibc)
import Glibc
#endif

/// libxlsxwriter's functions that `XLSXBook` calls, loaded with dlopen the first time a spreadsheet is made.
///
/// Linked, libxlsxwriter and what it needs (libminizip, and libcrypto, 4.5 MB with 4,000 symbol
/// relocations) were loaded and relocated at the start of every `loa` command: about 2 ms of `loa play`'s
/// 8 ms of CPU at start-up, and of every airing's `loa play` on a 10-minute WAV more than the 1.2× of aplay
/// the issue allows (BENCHMARKS.md, "Playback CPU"). Only `loa export` and `loa report` write spreadsheets,
/// so only they pay. The package still depends on libxlsxwriter4 (scripts/package names it, as no NEEDED
/// entry does any more).
struct XLSXLibrary: @unchecked Sendable {  // C function pointers, set once and never changed.
    typealias Book = UnsafeMutablePointer<lxw_workbook>
    typealias Sheet = UnsafeMutablePointer<lxw_worksheet>
    typealias Format = UnsafeMutablePointer<lxw_format>

    typealias NewBook = @convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<lxw_workbook_options>?) -> Book?
    typealias CloseBook = @convention(c) (Book?) -> lxw_error
    typealias AddSheet = @convention(c) (Book?, UnsafePointer<CChar>?) -> Sheet?
    typealias AddFormat = @convention(c) (Book?) -> Format?
    typealias SetNumberFormat = @convention(c) (Format?, UnsafePointer<CChar>?) -> Void
    typealias SetFlag = @convention(c) (Format?) -> Void
    typealias WriteString = @convention(c) (Sheet?, lxw_row_t, lxw_col_t, UnsafePointer<CChar>?, Format?) -> lxw_error
    typealias WriteNumber = @convention(c) (Sheet?, lxw_row_t, lxw_col_t, Double, Format?) -> lxw_error
    typealias SetColumn = @convention(c) (Sheet?, lxw_col_t, lxw_col_t, Double, Format?) -> lxw_error
    typealias FreezePanes = @convention(c) (Sheet?, lxw_row_t, lxw_col_t) -> Void
    typealias StrError = @convention(c) (lxw_error) -> UnsafeMutablePointer<CChar>?

    // The C functions of the same names (xlsxwriter.h declares them).
    let workbook_new_opt: NewBook
    let workbook_close: CloseBook
    let workbook_add_worksheet: AddSheet
    let workbook_add_format: AddFormat
    let format_set_num_format: SetNumberFormat
    let format_set_bold: SetFlag
    let format_set_text_wrap: SetFlag
    let worksheet_write_string: WriteString
    let worksheet_write_number: WriteNumber
    let worksheet_set_column: SetColumn
    let worksheet_freeze_panes: FreezePanes
    let lxw_strerror: StrError

    static let soname = "libxlsxwriter.so.4"

    /// The library, or why it could not be loaded (libxlsxwriter4 not installed).
    static let shared: Result<XLSXLibrary, XLSXError> = load(soname)

    static func load(_ name: String) -> Result<XLSXLibrary, XLSXError> {
        // Never closed: cheap to keep, and a second spreadsheet in the same process needs it again.
        guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { return .failure(missing(name)) }
        func symbol<T>(_ symbol: String, as type: T.Type) -> T? {
            dlsym(handle, symbol).map { unsafeBitCast($0, to: type) }
        }
        guard let newBook = symbol("workbook_new_opt", as: NewBook.self),
              let closeBook = symbol("workbook_close", as: CloseBook.self),
              let addSheet = symbol("workbook_add_worksheet", as: AddSheet.self),
              let addFormat = symbol("workbook_add_format", as: AddFormat.self),
              let setNumberFormat = symbol("format_set_num_format", as: SetNumberFormat.self),
              let setBold = symbol("format_set_bold", as: SetFlag.self),
              let setTextWrap = symbol("format_set_text_wrap", as: SetFlag.self),
              let writeString = symbol("worksheet_write_string", as: WriteString.self),
              let writeNumber = symbol("worksheet_write_number", as: WriteNumber.self),
              let setColumn = symbol("worksheet_set_column", as: SetColumn.self),
              let freezePanes = symbol("worksheet_freeze_panes", as: FreezePanes.self),
              let strerror = symbol("lxw_strerror", as: StrError.self) else {
            return .failure(missing(name))
        }
        return .success(XLSXLibrary(workbook_new_opt: newBook, workbook_close: closeBook, workbook_add_worksheet: addSheet,
                                    workbook_add_format: addFormat, format_set_num_format: setNumberFormat,
                                    format_set_bold: setBold, format_set_text_wrap: setTextWrap,
                                    worksheet_write_string: writeString, worksheet_write_number: writeNumber,
                                    worksheet_set_column: setColumn, worksheet_freeze_panes: freezePanes, lxw_strerror: strerror))
    }

    private static func missing(_ name: String) -> XLSXError {
        let reason = dlerror().map { String(cString: $0) } ?? "unknown dlopen error"
        return XLSXError(what: "cannot load \(name), which writes xlsx files (\(reason)); install it with "
                         + "`apt-get install libxlsxwriter4`, or choose --format csv", code: nil)
    }
}
