import ArgumentParser
import Foundation
import LoaAudio
import LoaCore
import LoaDaemon

struct AnnounceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "announce",
        abstract: "Air an announcement now, through the running daemon.",
        discussion: "With --emergency, what is on air stops (and airs again afterwards if its session still has room)."
    )

    @Argument(help: "The audio file (MP3, WAV, FLAC, OGG).")
    var file: String

    @Option(name: .customLong("zone"), help: ArgumentHelp("A zone to air it in; repeat for several. Default: every zone.", valueName: "ID"))
    var zones: [String] = []

    @Flag(help: "Stop what is on air for it.")
    var emergency = false

    @Option(help: "The title in the log. Default: the file's name.")
    var title: String?

    @Option(name: .customLong("emergency-folder"), help: ArgumentHelp("The running daemon's emergency folder.", valueName: "PATH"))
    var emergencyFolder: String = DaemonPaths().emergencyFolder

    func run() throws {
        let source = URL(fileURLWithPath: file).standardizedFileURL.path
        if case .failure(let why) = SndFileProbe().probe(path: source) {
            throw ValidationError("\(file) cannot be aired: \(why == .missing ? "there is no such file" : "\(why)").")
        }
        let name = (source as NSString).lastPathComponent
        let stamp = Int(Date().timeIntervalSince1970 * 1000)
        // The audio goes into a hidden folder the daemon does not watch, then the request appears in one rename.
        let store = emergencyFolder + "/.audio"
        do {
            try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
            let copy = store + "/\(stamp)-\(name)"
            try FileManager.default.copyItem(atPath: source, toPath: copy)
            let request = AnnounceRequest(audio: copy, title: title ?? name, zones: zones.isEmpty ? nil : zones, emergency: emergency)
            let data = try JSONEncoder().encode(request)
            let temporary = emergencyFolder + "/.\(stamp).json"
            try data.write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, emergencyFolder + "/\(stamp).json") == 0 else { throw CLIFailure("cannot hand the request to the daemon") }
        } catch let error as CLIFailure {
            throw error
        } catch {
            throw CLIFailure("cannot write into \(emergencyFolder) (\(error.localizedDescription)); is loa installed, and are you root or in group loa?")
        }
        print("Đã gửi / sent: \(title ?? name) → \(zones.isEmpty ? "mọi cụm loa / every zone" : zones.joined(separator: ", "))\(emergency ? " (khẩn / emergency)" : "")")
    }
}
