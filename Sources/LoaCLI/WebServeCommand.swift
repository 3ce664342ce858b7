import ArgumentParser
import Foundation
import LoaCore
import LoaDaemon
import LoaWeb
import Logging

/// `loa web` (`loa web serve`): the officer's console over HTTP.
struct WebServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the officer's web console.",
        discussion: """
            Listens on 127.0.0.1:8080 unless --listen says otherwise: only this PC can reach it. To let phones on \
            the commune's Wi-Fi reach it, listen on the PC's own address (--listen 192.168.1.10:8080) or on every \
            address (--listen 0.0.0.0:8080). loa web speaks plain HTTP: across a network, put a reverse proxy \
            with a certificate in front (see the README) and give --secure-cookies.
            """
    )

    @OptionGroup var options: ConfigOption
    @OptionGroup var logOption: LogOption

    @Option(help: ArgumentHelp("The status file the daemon writes.", valueName: "PATH"))
    var status: String = DaemonPaths().status

    @Option(help: ArgumentHelp("ADDRESS:PORT to listen on (port 0: any free port, printed at start).", valueName: "ADDRESS:PORT"))
    var listen: String = "127.0.0.1:8080"

    @Option(help: ArgumentHelp("The console's accounts file (loa web user add …). Default: web-users.json beside the configuration.",
                               valueName: "PATH"))
    var users: String?

    @Option(help: ArgumentHelp("Where uploads wait until their form is saved.", valueName: "PATH"))
    var uploads: String = "/var/lib/loa/web/uploads"

    @Flag(help: "Mark cookies Secure: give it when the console is reached over HTTPS (a reverse proxy in front).")
    var secureCookies = false

    @Option(help: ArgumentHelp("Minutes without a click after which a session ends.", valueName: "MINUTES"))
    var sessionMinutes: Int = 30

    @Option(help: ArgumentHelp("The largest recording accepted, in megabytes.", valueName: "MB"))
    var uploadLimit: Int = 50

    func validate() throws {
        guard Listen.parse(listen) != nil else {
            throw ValidationError("--listen \(listen): write an address and a port, such as 127.0.0.1:8080 or 0.0.0.0:8080.")
        }
        guard sessionMinutes > 0 else { throw ValidationError("--session-minutes must be above 0.") }
        guard (1...2048).contains(uploadLimit) else { throw ValidationError("--upload-limit must be between 1 and 2048 MB.") }
    }

    func run() async throws {
        guard let (host, port) = Listen.parse(listen) else { throw ExitCode(2) }
        let stateFolder = URL(fileURLWithPath: uploads).deletingLastPathComponent().path
        let settings = WebSettings(config: options.config, log: logOption.log, status: status, uploads: uploads,
                                   speechCache: stateFolder + "/speech", host: host, port: port, secureCookies: secureCookies,
                                   sessionIdleSeconds: sessionMinutes * 60, uploadLimitBytes: uploadLimit * 1024 * 1024)
        let accountsPath = users ?? WebAccounts.defaultPath(besideConfig: options.config)
        let accounts: any ConsoleAccounts
        do { accounts = try AccountsSource.load(path: accountsPath) } catch { throw CLIFailure("\(error)").exit() }
        do {
            try await WebServer.run(settings: settings, accounts: accounts, throttle: AccountsSource.throttle()) { port in
                // Unbuffered: a script starting loa web on port 0 reads the port from this line.
                FileHandle.standardOutput.write(Data("loa web: http://\(host):\(port)/\n".utf8))
            }
        } catch {
            throw CLIFailure("loa web stopped: \(error)").exit()
        }
    }
}

/// `ADDRESS:PORT`; an IPv6 address in brackets: `[::1]:8080`.
enum Listen {
    static func parse(_ text: String) -> (String, Int)? {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        var host = String(text[..<colon])
        guard let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port), !host.isEmpty else { return nil }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host, port)
    }
}
