import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the users file the way it must be on disk: replaced atomically (a reader never sees half a
/// file), mode 640, and owned root:loa so that `loa web` (user loa-web, group loa) can read it and
/// nobody else can. Hand-written: Foundation's atomic write neither sets a mode nor keeps an owner.
public enum WebAccountsStore {
    /// The group that may read the file.
    public static let readerGroup = "loa"

    /// The users file at `path`, or no accounts when there is no file yet (the first `loa web user add`).
    public static func loadOrEmpty(from path: String) throws -> WebAccounts {
        guard FileManager.default.fileExists(atPath: path) else { return WebAccounts() }
        return try WebAccounts.load(from: path)
    }

    /// Saves `accounts` to `path`. An existing file keeps its owner and group; a new one made by root
    /// gets the group `loa` when it exists.
    public static func save(_ accounts: WebAccounts, to path: String) throws {
        let data = try accounts.file.encoded()
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder) else {
            throw WebAccountsError("\(path): the folder \(folder) does not exist; create it (scripts/install makes /etc/loa) or pass --users.")
        }
        let temporary = folder + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw failure(path, "cannot create \(temporary)") }
        var written = false
        defer {
            close(fd)
            if !written { unlink(temporary) }
        }
        // The mode is set again explicitly: open()'s mode passes through the umask.
        guard fchmod(fd, 0o640) == 0 else { throw failure(path, "cannot set the mode of \(temporary)") }
        if let (owner, group) = ownership(keeping: path) {
            guard fchown(fd, owner, group) == 0 else { throw failure(path, "cannot give \(temporary) its owner") }
        }
        guard writeAll(fd, data) else { throw failure(path, "cannot write \(temporary)") }
        guard fsync(fd) == 0 else { throw failure(path, "cannot flush \(temporary)") }
        guard rename(temporary, path) == 0 else { throw failure(path, "cannot replace the file") }
        written = true
    }

    /// The owner and group to give the new file: the old file's, or root:loa when root makes it; nil to leave them.
    private static func ownership(keeping path: String) -> (uid_t, gid_t)? {
        var old = stat()
        if stat(path, &old) == 0 { return (old.st_uid, old.st_gid) }
        guard getuid() == 0, let group = getgrnam(readerGroup) else { return nil }
        return (0, group.pointee.gr_gid)
    }

    private static func failure(_ path: String, _ what: String) -> WebAccountsError {
        WebAccountsError("\(path): \(what): \(String(cString: strerror(errno))).")
    }
}
