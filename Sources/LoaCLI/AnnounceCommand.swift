import ArgumentParser
import Foundation
import LoaAudio
import LoaCore
import LoaDaemon

struct AnnounceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "announce",
        abstract: "Air an announcement now, through the running daemon, and say whether it aired.",
        discussion: """
            The file is decoded and the zones checked before anything is handed in; then the daemon takes the \
            request, airs it and `loa announce` waits for the outcome: exit status 0 only when it aired. \
            With --emergency, what is on air stops (and airs again afterwards if its session still has room).
            """
    )

    @Argument(help: "The audio file (MP3, WAV, FLAC, OGG).")
    var file: String?

    @Option(help: ArgumentHelp("A typed notice to read aloud and air instead of a file, in quotes.", valueName: "TEXT"))
    var text: String?

    @Option(help: ArgumentHelp("The main configuration file, for the voice of --text ([speech]).", valueName: "PATH"))
    var config: String?

    @Option(name: .customLong("zone"), help: ArgumentHelp("A zone to air it in; repeat for several. Default: every zone.", valueName: "ID"),
            completion: ConfigCompletion.zones)
    var zones: [String] = []

    @Flag(help: "Stop what is on air for it.")
    var emergency = false

    @Option(help: "The title in the log. Default: the file's name, or the notice's first words.")
    var title: String?

    @Option(name: .customLong("emergency-folder"),
            help: ArgumentHelp("The running daemon's emergency folder. Default: the one its status file names, else \(DaemonPaths().emergencyFolder).",
                               valueName: "PATH"))
    var emergencyFolder: String?

    @Option(help: ArgumentHelp("The status file the daemon writes.", valueName: "PATH"))
    var status: String = DaemonPaths().status

    @Option(help: ArgumentHelp("Seconds to wait for the daemon to take the request and start airing it; then it is withdrawn.",
                               valueName: "SECONDS"))
    var timeout: Double = 30

    @Flag(name: .customLong("no-wait"), help: "Return once the daemon has accepted the request, without waiting for it to air.")
    var noWait = false

    func validate() throws {
        guard timeout > 0 else {
            throw ValidationError(LocalizedText(en: "--timeout must be a number of seconds above 0.", vi: "--timeout phải là số giây lớn hơn 0.").shown)
        }
        if (file == nil) == (text == nil) {
            throw ValidationError(LocalizedText(en: "give the audio file, or --text \"…\" with a notice to read aloud, not both.",
                                                vi: "hãy ghi tệp âm thanh, hoặc --text \"…\" với nội dung để máy đọc, không ghi cả hai.").shown)
        }
    }

    func run() throws {
        do {
            let announcer = Announcer(statusPath: absolute(status), folderOption: emergencyFolder.map(absolute),
                                      timeoutSeconds: timeout, wait: !noWait)
            if let text {
                let notice = try TypedNotice.render(text, config: config.map(absolute))
                try announcer.announce(audio: notice.audio, title: title ?? "Thông báo: \(notice.firstWords)", zones: zones, emergency: emergency,
                                       textSHA256: notice.textSHA256)
            } else if let file {
                let name = (file as NSString).lastPathComponent
                try announcer.announce(audio: absolute(file), title: title ?? name, zones: zones, emergency: emergency)
            }
        } catch let failure as CLIFailure {
            throw failure.exit()
        }
    }

    /// A path as the caller meant it: relative to the caller's working directory, not the daemon's.
    private func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
            .standardizedFileURL.path
    }
}

/// `loa announce --text`: the notice read aloud now, with the station's voice, into the user's cache; the
/// daemon then airs the WAV like any file handed in.
enum TypedNotice {
    static func render(_ text: String, config: String?) throws -> (audio: String, firstWords: String, textSHA256: String) {
        let notice = try NoticeArgument.read(text: text, file: nil)
        let settings = try SpeechConfig.settings(config: config, required: false)
        do {
            let rendered = try SpeechRendering.renderText(notice, settings: settings, cacheFolder: SpeechRendering.userCacheFolder)
            return (rendered.notice.path, SpokenText(text: notice, settings: settings).beginning(limit: 50), rendered.notice.textSHA256)
        } catch {
            throw CLIFailure(LocalizedText(en: "the notice could not be read aloud: \(error). Nothing was handed in.",
                                           vi: "không đọc thành tiếng được thông báo: \(errorText(error).vi). Chưa gửi gì cho loa."))
        }
    }
}
