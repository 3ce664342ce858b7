import Foundation

/// How a read-only command (export, report, logbook) opens the log so that it works for a user who may
/// read the log but not write its folder, as an officer's own account usually is.
///
/// SQLite reads a WAL database read-only when its `-wal` and `-shm` files exist and are readable (the
/// daemon has the log open), or when it may create them (the folder is writable). Otherwise, no
/// connection has the log open — SQLite removes both files when the last one closes — so nothing is
/// changing the file and it can be opened as immutable, which needs neither file.
enum ReaderAccess {
    static func uri(for path: String) throws(LogError) -> String {
        if onReadOnlyFileSystem(path) { return immutableURI(path) }
        let folder = (path as NSString).deletingLastPathComponent
        guard access(folder.isEmpty ? "." : folder, W_OK) != 0 else { return path }
        let companions = [path + "-wal", path + "-shm"]
        guard companions.contains(where: { FileManager.default.fileExists(atPath: $0) }) else { return immutableURI(path) }
        for file in companions where FileManager.default.fileExists(atPath: file) && access(file, R_OK) != 0 {
            throw .unreadable(path: path, file: file)
        }
        return path
    }

    /// The sentence for a read-only open that SQLite refused: which file this user may not read.
    static func whyUnreadable(_ path: String) -> LogError {
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) && access(file, R_OK) != 0 {
            return .unreadable(path: path, file: file)
        }
        let folder = (path as NSString).deletingLastPathComponent
        return .database(path: path, message: "it could not be opened for reading, and this user cannot write its folder \(folder.isEmpty ? "." : folder) (where SQLite keeps its -wal and -shm files). Run the command as the loa user, or read a copy.")
    }

    /// SQLite cannot open a WAL database read-only where it cannot make the `-shm` file. On a read-only
    /// file system no writer can be at work, so the file may be opened as immutable.
    static func onReadOnlyFileSystem(_ path: String) -> Bool {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return false }
        return info.f_flag & UInt(ST_RDONLY) != 0
    }

    /// Debian's SQLite is built with SQLITE_USE_URI, so GRDB's plain path may be a URI.
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }
}
