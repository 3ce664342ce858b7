import Foundation
import ArgumentParser
import Dispatch
import Foundation
import LoaCore
import LoaDaemon

/// `loa`: the broadcast timetable of a commune radio station and its village loudspeakers.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct LoaCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "loa",
        abstract: "Broadcast scheduler for a commune radio station (đài truyền thanh xã) and its village loudspeakers.",
        discussion: """
            Messages are in Vietnamese when the locale is Vietnamese (LC_ALL, else LC_MESSAGES, else LANG, such as \
            LANG=vi_VN.UTF-8), in English otherwise. --lang vi or --lang en, anywhere on the command line, chooses \
            for one run. Codes such as error[unknown-slot] are the same in both.
            """,
        version: BuildInfo.line,
        subcommands: [CheckCommand.self, PlanCommand.self, RunCommand.self, StatusCommand.self, AnnounceCommand.self,
                      DevicesCommand.self, PlayCommand.self, SayCommand.self,
                      ExportCommand.self, ReportCommand.self, LogCommand.self, WebCommand.self]
    )

    public init() {}
}

/// `--config PATH`, shared by every command that reads the configuration.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The main configuration file; announcements.d/ beside it is read too.", valueName: "PATH"))
    var config: String = ConfigLoader.defaultMainFile
}

/// The executable's entry: calls the asynchronous `main` (the synchronous one refuses async subcommands).
public func runLoa() async {
    let split = MessageLanguage.split(Array(CommandLine.arguments.dropFirst()))
    if let bad = split.invalidValue {
        FileHandle.standardError.write(Data("loa: \(MessageLanguage.invalid(bad).text(in: MessageLanguage.current))\n".utf8))
        LoaCommand.exit(withError: ExitCode.validationFailure)
    }
    guard MessageLanguage.current == .vi else {
        await LoaCommand.main(split.arguments)
        return
    }
    // AsyncParsableCommand.main, with ArgumentParser's own errors said in Vietnamese.
    do {
        var command = try LoaCommand.parseAsRoot(split.arguments)
        if var asynchronous = command as? AsyncParsableCommand {
            try await asynchronous.run()
        } else {
            try command.run()
        }
    } catch {
        // Only a refused command line: help, --version and the exits a command chose go as they are.
        let code = LoaCommand.exitCode(for: error)
        let message = LoaCommand.fullMessage(for: error)
        guard !(error is ExitCode), code == .validationFailure, !message.isEmpty else { LoaCommand.exit(withError: error) }
        FileHandle.standardError.write(Data((ParseErrorText.vietnamese(message) + "\n").utf8))
        LoaCommand.exit(withError: code)
    }
}

/// The executable's entry from its synchronous top-level code: `loa run` on the daemon's own executors
/// (`DaemonProcess`: an idle daemon does not wake), every other command on Swift's default ones, on the
/// main queue as an asynchronous `main` would be. Synchronous, so that no task runs before the choice.
public func runLoaMain(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
    if arguments.first == "run" {
        DaemonProcess.run { await runLoa() }
    }
    Task { @MainActor in
        await runLoa()
        exit(0)
    }
    dispatchMain()
}

/// `loa play` in its common forms, read without ArgumentParser (see `PlayArguments.quick`) and played
/// on the calling thread; false, having done nothing, for every other command line. Synchronous, so
/// that the executable's top-level code runs it on the main thread, never on the cooperative pool.
public func runPlayQuickly(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Bool {
    let split = MessageLanguage.split(arguments)
    guard split.invalidValue == nil, let play = PlayArguments.quick(split.arguments) else { return false }
    do {
        try PlayCommand.play(play)
    } catch {
        LoaCommand.exit(withError: error)
    }
    return true
}
