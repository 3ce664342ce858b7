import ArgumentParser
import Foundation
import LoaCore
import LoaDaemon
import LoaLog

/// `--log PATH`, shared by every command that reads the airing log.
struct LogOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The airing log.", valueName: "PATH"))
    var log: String = DaemonPaths().log

    /// Opens it read-only, or exits with a sentence saying why not.
    func reader() throws -> AiringLogReader {
        do { return try AiringLogReader(path: log) } catch { throw CLIFailure(error.text) }
    }
}

/// A message for the person at the terminal, printed as `loa: …` on standard error, exit status 1.
struct CLIFailure: Error, CustomStringConvertible {
    let text: LocalizedText
    /// In the language of this run (`--lang`, else the locale).
    var description: String { text.shown }
    init(_ text: LocalizedText) { self.text = text }
    /// What another part says in one language only (an error of the log, of the system).
    init(_ description: String) { self.text = LocalizedText(verbatim: description) }
}

extension CLIFailure {
    /// Prints and exits: ArgumentParser would print the type's name for a plain Error.
    func exit() -> ExitCode {
        FileHandle.standardError.write(Data("loa: \(description)\n".utf8))
        return ExitCode(1)
    }
}

extension Language: ExpressibleByArgument {}

/// The station's time zone for showing instants: the one the daemon wrote in the log, or the default.
enum LogTimeZone {
    static func of(_ reader: AiringLogReader) -> (name: String?, id: String, zone: TimeZone) {
        let station: (name: String?, timeZoneID: String?) = (try? reader.station()) ?? (nil, nil)
        let id = station.timeZoneID ?? Station.defaultTimeZoneID
        let zone = TimeZone(identifier: id) ?? TimeZone(identifier: Station.defaultTimeZoneID) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current
        return (station.name, id, zone)
    }
}

/// An xlsx is a zip file: printed on a terminal it is noise, so it needs --output (or a pipe).
enum SpreadsheetOutput {
    static func check(_ output: String?) throws {
        if output == nil || output == "-", isatty(1) != 0 {
            throw ValidationError(LocalizedText(en: "an xlsx workbook is a file, not text for the terminal: add --output FILE.xlsx.",
                                                vi: "bảng tính xlsx là một tệp, không in ra màn hình được: thêm --output TỆP.xlsx.").shown)
        }
    }
}
