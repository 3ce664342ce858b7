import Foundation

/// Why the airing log cannot be opened or written. Every case says what the officer or technician can do.
public enum LogError: Error, Equatable, Sendable, CustomStringConvertible {
    case notALoaLog(path: String)
    case newerVersion(path: String, unknown: [String])
    case readOnly(path: String)
    case diskFull(path: String)
    case missingFolder(path: String)
    case notFound(path: String)
    /// The reading user may not read `file`: the log itself, or the `-wal`/`-shm` file a running daemon keeps.
    case unreadable(path: String, file: String)
    case alreadyRecorded(identity: String, outcome: Outcome)
    case noSuchAiring(AiringID)
    case notOnAir(AiringID, outcome: Outcome)
    case invalidOutcome(Outcome)
    /// Another program held a lock on the log for longer than loa waits (`LogOpener.lockWait`).
    case busy(path: String)
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .notALoaLog(let path):
            return "\(path) is not a loa airing log (it is another kind of file or another program's database); it was left as it is. Check --log."
        case .newerVersion(let path, let unknown):
            return "\(path) was written by a newer version of loa (schema \(unknown.joined(separator: ", "))); it was left as it is. Update loa to read it."
        case .readOnly(let path):
            return "\(path) cannot be written (read-only file, folder or file system); nothing was changed. Give the loa user write access, or use a copy."
        case .diskFull(let path):
            return "the disk holding \(path) is full; the log is intact but this airing could not be recorded. Free some space."
        case .missingFolder(let path):
            return "the folder for \(path) does not exist; create it (the package makes /var/lib/loa) or pass --log."
        case .notFound(let path):
            return "there is no airing log at \(path); loa writes it while it airs. Check --log."
        case .unreadable(let path, let file):
            let which = file == path ? "" : " (which loa keeps beside the log while it runs)"
            return "\(path) cannot be read by this user: permission denied on \(file)\(which); nothing was changed. Run the command as the loa user or as a member of its group, or read a copy."
        case .alreadyRecorded(let identity, let outcome):
            return "the planned airing \(identity) is already in the log (\(outcome.rawValue)); an instance is recorded once."
        case .noSuchAiring(let id):
            return "there is no airing with id \(id) in the log."
        case .notOnAir(let id, let outcome):
            return "airing \(id) is not on air (it is \(outcome.rawValue)); only an airing on air can be completed."
        case .invalidOutcome(let outcome):
            return "an airing cannot end as \(outcome.rawValue)."
        case .busy(let path):
            return "the airing log \(path) is held by another program (a database browser or a sqlite3 shell left open in the middle of a change); loa waited \(Int(LogOpener.lockWait)) s and changed nothing. Close that program and try again."
        case .database(let path, let message):
            return "the airing log \(path) could not be used: \(message)"
        }
    }
}
