import Foundation
import Glibc

/// Files the daemon and the operator's commands hand each other (the status file, announce requests and
/// their receipts): written whole under a hidden temporary name, flushed to disk, then renamed, so a
/// reader sees the old file or the new one, never half of one; given the group of the folder they are in
/// (group `loa` on an installed station), readable by that group and not by others.
public enum SharedFile {
    public enum Failure: Error, CustomStringConvertible {
        case cannotWrite(path: String, why: String)
        public var description: String {
            switch self {
            case .cannotWrite(let path, let why): "cannot write \(path): \(why)"
            }
        }
    }

    /// Writes `data` to `path` atomically: `.NAME.PID.tmp` in the same folder, fsync, rename, fsync of the folder.
    public static func write(_ data: Data, to path: String, mode: mode_t = 0o640) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .cannotWrite(path: path, why: String(cString: strerror(errno))) }
        var failure: String?
        let written = data.withUnsafeBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, base + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return -1 }
                offset += n
            }
            return offset
        }
        if written < 0 { failure = String(cString: strerror(errno)) }
        // The group of the folder: a setgid folder gives it already; otherwise ask for it (a member may).
        var folderInfo = stat()
        if failure == nil, stat(folder.isEmpty ? "." : folder, &folderInfo) == 0 {
            _ = fchown(fd, uid_t.max, folderInfo.st_gid)
        }
        // The mode asked for, whatever the umask took away (0640 keeps the group's read).
        if failure == nil { _ = fchmod(fd, mode) }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path: path, why: failure)
        }
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Makes the rename itself durable: a power cut after it must not bring the old name back.
    public static func syncFolder(_ folder: String) {
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { return }
        _ = fsync(dfd)
        close(dfd)
    }

    /// Creates `folder` (and its parents) if missing, with `mode` and the group of its parent. A folder
    /// this process owns already but made without the group's rights (an older loa made them 0750) gets
    /// them added. The setgid bit (files made inside inherit the group) is refused under systemd's
    /// RestrictSUIDSGID; then the group's rights alone are set, and `write` gives each file its group.
    public static func makeFolder(_ folder: String, mode: mode_t) throws(Failure) {
        var info = stat()
        if stat(folder, &info) != 0 {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: folder, why: error.localizedDescription)
            }
            var parent = stat()
            if stat((folder as NSString).deletingLastPathComponent, &parent) == 0 {
                _ = chown(folder, uid_t.max, parent.st_gid)
            }
        } else if info.st_uid != geteuid() || info.st_mode & mode & 0o070 == mode & 0o070 {
            return
        }
        if chmod(folder, mode) != 0 { _ = chmod(folder, mode & ~mode_t(S_ISGID)) }
    }
}
