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
            address (--listen 0.0.0.0:8080). Plain HTTP unless --tls-cert and --tls-key name a certificate and its \
            key (PEM): then HTTPS, with Secure cookies. A reverse proxy with a certificate in front works too (give \
            --secure-cookies then). Browsers let the page record from the microphone only over HTTPS or on localhost. \
            Sessions are kept in --state-dir, so a restart logs nobody out.
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

    @Option(help: ArgumentHelp("Serve HTTPS with this certificate (PEM; the chain may follow it). Needs --tls-key.",
                               valueName: "PATH"), completion: .file())
    var tlsCert: String?

    @Option(help: ArgumentHelp("The certificate's private key (PEM, without passphrase). Needs --tls-cert.", valueName: "PATH"),
            completion: .file())
    var tlsKey: String?

    @Option(help: ArgumentHelp("loa web's own state: the sessions that survive a restart (sessions.json). Default: the folder holding --uploads (/var/lib/loa/web).",
                               valueName: "PATH"), completion: .directory)
    var stateDir: String?

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
        if (tlsCert == nil) != (tlsKey == nil) {
            throw ValidationError(WebTLSError.onlyOne(given: tlsCert == nil ? .key : .certificate).text.shown)
        }
    }

    func run() async throws {
        guard let (host, port) = Listen.parse(listen) else { throw ExitCode(2) }
        let stateFolder = URL(fileURLWithPath: uploads).deletingLastPathComponent().path
        // Read now, before listening: a wrong certificate stops loa web with its file and fix, not at the
        // first phone's handshake.
        let tls = try loadTLS()
        let scheme = tls == nil ? "http" : "https"
        let settings = WebSettings(config: options.config, log: logOption.log, status: status, uploads: uploads,
                                   speechCache: stateFolder + "/speech", host: host, port: port, secureCookies: secureCookies,
                                   tls: tls, sessionsFile: (stateDir ?? stateFolder) + "/sessions.json",
                                   sessionIdleSeconds: sessionMinutes * 60, uploadLimitBytes: uploadLimit * 1024 * 1024)
        let accountsPath = users ?? WebAccounts.defaultPath(besideConfig: options.config)
        let accounts: any ConsoleAccounts
        do { accounts = try AccountsSource.load(path: accountsPath) } catch { throw CLIFailure("\(error)").exit() }
        do {
            try await WebServer.run(settings: settings, accounts: accounts, throttle: AccountsSource.throttle()) { port in
                // Unbuffered: a script starting loa web on port 0 reads the port from this line.
                FileHandle.standardOutput.write(Data("loa web: \(scheme)://\(host):\(port)/\n".utf8))
            }
        } catch {
            throw CLIFailure("loa web stopped: \(error)").exit()
        }
    }

    private func loadTLS() throws -> WebTLS? {
        guard let tlsCert, let tlsKey else { return nil }
        let tls: WebTLS
        do throws(WebTLSError) {
            tls = try WebTLS.load(certificate: tlsCert, key: tlsKey)
        } catch {
            throw CLIFailure(error.text).exit()
        }
        if tls.notValidAfter < Date() {
            FileHandle.standardError.write(Data("loa: \(TLSExpiry.text(tlsCert, tls.notValidAfter).shown)\n".utf8))
        }
        return tls
    }
}

/// An expired certificate still serves (the officer can click through), but the journal says why phones warn.
enum TLSExpiry {
    static func text(_ path: String, _ end: Date) -> LocalizedText {
        let day = String(ISO8601DateFormatter().string(from: end).prefix(10))
        return LocalizedText(en: "warning: the certificate \(path) expired on \(day); browsers will warn until it is renewed (then restart loa web).",
                             vi: "cảnh báo: chứng chỉ \(path) đã hết hạn ngày \(day); trình duyệt sẽ cảnh báo cho tới khi gia hạn chứng chỉ (rồi khởi động lại loa web).")
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
