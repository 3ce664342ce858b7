import ArgumentParser
import Foundation
import LoaAudio
import LoaCore

struct SayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "say",
        abstract: "Read a notice aloud now, or save it as WAV, with the station's voice; --words shows how it will be read.",
        discussion: "The voice, speed, chimes and abbreviations come from [speech] in the configuration when it can be read. Text is UTF-8 Vietnamese."
    )

    @Argument(help: "The notice, in quotes.")
    var text: String?

    @Option(help: ArgumentHelp("Read the notice from this UTF-8 text file instead.", valueName: "FILE"))
    var file: String?

    @Flag(help: "Print the words the reader makes of the text, one sentence per line, and nothing else.")
    var words = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the spoken notice to this WAV file instead of playing it.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("The ALSA device to play on (see `loa devices`).", valueName: "PCM"))
    var device: String?

    @Option(help: ArgumentHelp("A zone of the configuration; its device is used.", valueName: "ID"), completion: ConfigCompletion.zones)
    var zone: String?

    @Option(help: ArgumentHelp("The main configuration file (its [speech] settings; --zone).", valueName: "PATH"))
    var config: String?

    @Option(help: ArgumentHelp("A voice instead of the configuration's: vi, vi-vn-x-central, vi-vn-x-south.", valueName: "VOICE"))
    var voice: String?

    func validate() throws {
        if (text == nil) == (file == nil) {
            throw ValidationError(LocalizedText(en: "give the text, or --file with a text file, not both.",
                                                vi: "hãy ghi văn bản, hoặc --file với một tệp văn bản, không ghi cả hai.").shown)
        }
        if device != nil, zone != nil { throw ValidationError(LocalizedText.deviceOrZone.shown) }
        if output != nil, device != nil || zone != nil {
            throw ValidationError(LocalizedText(en: "--output writes a file; it does not play (leave out --device and --zone).",
                                                vi: "--output chỉ ghi ra tệp, không phát (bỏ --device và --zone đi).").shown)
        }
        if let voice, !SpeechSettings.voices.contains(voice) {
            let voices = SpeechSettings.voices.joined(separator: ", ")
            throw ValidationError(LocalizedText(en: "\"\(voice)\" is not a Vietnamese voice; use \(voices).",
                                                vi: "\"\(voice)\" không phải giọng đọc tiếng Việt; dùng \(voices).").shown)
        }
    }

    func run() throws {
        do {
            try say()
        } catch let failure as CLIFailure {
            throw failure.exit()
        }
    }

    private func say() throws {
        let notice = try NoticeArgument.read(text: text, file: file)
        var settings = try SpeechConfig.settings(config: config, required: zone != nil)
        if let voice { settings.voice = voice }
        if words {
            for sentence in SpeechRendering.words(notice, abbreviations: settings.abbreviations) { print(sentence) }
            return
        }
        let rendered: RenderedNotice
        do {
            rendered = try SpeechRendering.renderText(notice, settings: settings, cacheFolder: SpeechRendering.userCacheFolder).notice
        } catch {
            throw CLIFailure(LocalizedText(en: "the notice could not be read aloud: \(error).",
                                           vi: "không đọc thành tiếng được thông báo: \(errorText(error).vi)."))
        }
        if let output {
            do {
                if FileManager.default.fileExists(atPath: output) { try FileManager.default.removeItem(atPath: output) }
                try FileManager.default.copyItem(atPath: rendered.path, toPath: output)
            } catch {
                throw CLIFailure(LocalizedText(en: "cannot write \(output): \(error.localizedDescription)",
                                               vi: "không ghi được \(output): \(error.localizedDescription)"))
            }
            let length = (try? SndFileProbe().probe(path: output).get()).map { ConfigDuration.clock(milliseconds: $0.durationMs) } ?? "?"
            print("\(output)  \(length)")
            return
        }
        try PlayCommand.play(PlayArguments(files: [rendered.path], device: device, zone: zone, config: config))
    }
}

/// A notice given on the command line or in a file: UTF-8 (a BOM and CRLF accepted), NFC.
enum NoticeArgument {
    static func read(text: String?, file: String?) throws -> String {
        var notice = text ?? ""
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIFailure(LocalizedText(en: "cannot read \(file): there is no such file, or it is not readable.",
                                               vi: "không đọc được \(file): không có tệp này, hoặc không có quyền đọc."))
            }
            switch SourceText.decode([UInt8](data)) {
            case .success(let decoded): notice = decoded.text
            case .failure(.notUTF8(let line, let column)):
                throw CLIFailure(LocalizedText(
                    en: "\(file) is not saved as UTF-8 (line \(line), column \(column)); save it again choosing the encoding UTF-8.",
                    vi: "\(file) không được lưu bằng bảng mã UTF-8 (dòng \(line), cột \(column)); hãy lưu lại, chọn bảng mã UTF-8."))
            }
        }
        notice = notice.replacingOccurrences(of: "\r\n", with: "\n").precomposedStringWithCanonicalMapping
        guard notice.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw CLIFailure(LocalizedText(en: "the notice is empty: there is nothing to read.", vi: "thông báo đang trống: không có gì để đọc."))
        }
        return notice
    }
}

/// The station's speech settings, or the defaults when there is no configuration to read.
enum SpeechConfig {
    static func settings(config: String?, required: Bool) throws -> SpeechSettings {
        let path = config ?? ConfigLoader.defaultMainFile
        guard config != nil || required || FileManager.default.fileExists(atPath: path) else { return SpeechSettings() }
        let loaded = ConfigLoader.load(mainFile: path)
        guard let timetable = loaded.timetable, !loaded.diagnostics.hasErrors else {
            throw CLIFailure(LocalizedText.configHasErrors(path))
        }
        return timetable.station.speech
    }
}
