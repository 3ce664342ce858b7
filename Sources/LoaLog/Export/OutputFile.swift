#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Where an export or report goes: standard output, or a file that appears whole or not at all.
///
/// A regular file is written beside its final name and renamed into place when complete, so a failed export (a
/// full disk, a bad log) never leaves half a file, and never truncates the file it would have replaced.
public final class OutputFile {
    public let path: String?
    public let sink: ByteSink
    private let fd: Int32
    private let partial: String?
    private var done = false

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case exists(String)
        case cannotCreate(String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) already exists; add --force to replace it."
            case .cannotCreate(let path, let reason): return "cannot write \(path): \(reason)."
            }
        }
    }

    /// Standard output when `path` is nil or "-".
    public init(path: String?, force: Bool) throws {
        guard let path, path != "-" else {
            self.path = nil
            fd = 1
            partial = nil
            sink = ByteSink(fd: 1)
            return
        }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            // A device, a pipe, /dev/stdout: write into it. Renaming over it would replace /dev/null itself.
            let fd = Glibc.open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw Failure.cannotCreate(path, reason: String(cString: strerror(errno))) }
            self.path = path
            self.fd = fd
            partial = nil
            sink = ByteSink(fd: fd)
            return
        }
        if !force, FileManager.default.fileExists(atPath: path) { throw Failure.exists(path) }
        let partial = path + ".partial-\(getpid())"
        let fd = Glibc.open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure.cannotCreate(path, reason: String(cString: strerror(errno))) }
        self.path = path
        self.fd = fd
        self.partial = partial
        sink = ByteSink(fd: fd)
    }

    /// Flushes, and puts the file in place.
    public func commit() throws {
        try sink.flush()
        guard let path, !done else { return }
        guard let partial else {
            done = true
            close(fd)
            return
        }
        done = true
        guard fsync(fd) == 0, close(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partial)
            throw Failure.cannotCreate(path, reason: reason)
        }
        guard rename(partial, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partial)
            throw Failure.cannotCreate(path, reason: reason)
        }
    }

    /// Removes what was written; the file that was there stays.
    public func abandon() {
        guard path != nil, !done else { return }
        done = true
        close(fd)
        if let partial { unlink(partial) }
    }

    deinit { abandon() }
}
