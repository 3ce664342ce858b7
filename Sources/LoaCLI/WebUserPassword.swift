import Foundation
import LoaWeb
#if canImport(Glibc)
import Glibc
#endif

/// The password for `loa web user add|passwd`: the first line of stdin when it is a pipe or a file (for
/// scripts), else typed twice at the terminal without echo. Hand-written: ArgumentParser has no prompt.
enum WebUserPassword {
    static func read(for name: String) throws -> String {
        if isatty(STDIN_FILENO) == 0 {
            guard let line = Swift.readLine(strippingNewline: true) else {
                throw CLIFailure("no password on standard input; pipe it in (one line) or run from a terminal to be asked.")
            }
            return try checked(line.hasSuffix("\r") ? String(line.dropLast()) : line)
        }
        let first = try prompt("Password for \(name): ")
        _ = try checked(first)
        let second = try prompt("The same password again: ")
        guard first == second else { throw CLIFailure("the two passwords differ; nothing was changed.") }
        return first
    }

    private static func checked(_ password: String) throws -> String {
        if let problem = WebPassword.problem(with: password) { throw CLIFailure("\(problem); nothing was changed.") }
        return password
    }

    /// Asks on stderr and reads one line from the terminal with echo turned off, restoring it after.
    private static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { throw CLIFailure("cannot read the terminal's settings: \(String(cString: strerror(errno))).") }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ECHONL)
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0 else {
            throw CLIFailure("cannot turn off the terminal's echo: \(String(cString: strerror(errno))).")
        }
        defer { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
        guard let line = Swift.readLine(strippingNewline: true) else { throw CLIFailure("no password typed; nothing was changed.") }
        return line
    }
}
