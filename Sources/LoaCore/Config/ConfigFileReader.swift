import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a file loa must read cannot be read, in words for the technician.
public enum FileFault: Error, Hashable, Sendable {
    case missing
    /// A symbolic link whose target is not there.
    case danglingLink(target: String)
    case permissionDenied(owner: String, mode: String)
    /// A folder, a FIFO, a device…: `kind` says which.
    case notRegular(kind: String)
    case other(String)

    /// "permission denied (…)", to follow "cannot be read: ".
    public var reason: String {
        switch self {
        case .missing: return "it is not there"
        case .danglingLink(let target): return "it is a symbolic link to \(target), which does not exist"
        case .permissionDenied(let owner, let mode):
            return "permission denied (it belongs to \(owner) with mode \(mode), and the user running loa, \(FileFault.currentUser), may not read it)"
        case .notRegular(let kind): return "it is \(kind), not a regular file"
        case .other(let text): return text
        }
    }

    /// What the technician does about it.
    public var fix: String {
        switch self {
        case .missing: return "Put the file back, or correct its name."
        case .danglingLink: return "Point the link at a file that exists (ln -sf TARGET LINK), or remove the link."
        case .permissionDenied: return "Let the service read it: sudo chmod 644 FILE (or chgrp loa FILE and chmod 640 FILE)."
        case .notRegular: return "Replace it with an ordinary file, or move it out of the folder."
        case .other: return "Check the disk and the file; copy it again."
        }
    }

    /// `reason` in both languages; what the system says (`.other`) stays as the system said it.
    public var reasonText: LocalizedText {
        switch self {
        case .missing: return LocalizedText(en: reason, vi: "tệp không có ở đó")
        case .danglingLink(let target):
            return LocalizedText(en: reason, vi: "đây là liên kết tắt (symbolic link) trỏ tới \(target), mà tệp đó không tồn tại")
        case .permissionDenied(let owner, let mode):
            return LocalizedText(en: reason, vi: "không có quyền đọc (tệp thuộc về \(owner), quyền \(mode); người dùng đang chạy loa là \(FileFault.currentUser), không được phép đọc)")
        case .notRegular(let kind):
            let vi = ["a folder": "một thư mục", "a named pipe (FIFO)": "một đường ống (FIFO)", "a socket": "một socket",
                      "a device": "một thiết bị"][kind] ?? kind
            return LocalizedText(en: reason, vi: "đây là \(vi), không phải tệp thông thường")
        case .other(let text): return LocalizedText(en: text, vi: "hệ thống báo: \(text)")
        }
    }

    /// `fix` in both languages.
    public var fixText: LocalizedText {
        switch self {
        case .missing: return LocalizedText(en: fix, vi: "Chép tệp trở lại, hoặc sửa lại tên tệp.")
        case .danglingLink:
            return LocalizedText(en: fix, vi: "Cho liên kết trỏ tới một tệp có thật (ln -sf ĐÍCH LIÊN-KẾT), hoặc xóa liên kết đi.")
        case .permissionDenied:
            return LocalizedText(en: fix, vi: "Cho dịch vụ quyền đọc tệp: sudo chmod 644 TỆP (hoặc chgrp loa TỆP rồi chmod 640 TỆP).")
        case .notRegular: return LocalizedText(en: fix, vi: "Thay bằng một tệp thông thường, hoặc chuyển nó ra khỏi thư mục.")
        case .other: return LocalizedText(en: fix, vi: "Kiểm tra ổ đĩa và tệp; chép lại tệp một lần nữa.")
        }
    }

    static var currentUser: String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid \(geteuid())"
    }
}

/// Reads configuration files without ever blocking or following them blindly: a FIFO named `x.toml` is
/// not opened for reading (that would wait for a writer forever), a dangling link or a folder is named
/// for what it is, and permission faults say whose the file is.
public enum ConfigFileReader {
    /// Configuration files are small; a file larger than this is refused rather than read into memory.
    public static let largestFile = 64 << 20

    public static func read(_ path: String) -> Result<[UInt8], FileFault> {
        if let fault = fault(path) { return .failure(fault) }
        // O_NONBLOCK: a FIFO swapped in after the check above does not hang the daemon.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(fault(errno: errno, path: path)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(fault(errno: errno, path: path)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegular(kind: kind(info.st_mode))) }
        guard Int(info.st_size) <= largestFile else {
            return .failure(.other("it is \(info.st_size) bytes long, too large to be a configuration file"))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(fault(errno: errno, path: path))
            }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > largestFile { return .failure(.other("it is too large to be a configuration file")) }
        }
        return .success(bytes)
    }

    /// Why `path` cannot be read as a regular file, or nil when it looks readable.
    public static func fault(_ path: String) -> FileFault? {
        var link = stat()
        guard lstat(path, &link) == 0 else { return fault(errno: errno, path: path) }
        var info = stat()
        if (link.st_mode & S_IFMT) == S_IFLNK {
            guard stat(path, &info) == 0 else {
                if errno == ENOENT || errno == ENOTDIR || errno == ELOOP {
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                    return .danglingLink(target: target)
                }
                return fault(errno: errno, path: path)
            }
        } else {
            info = link
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notRegular(kind: kind(info.st_mode)) }
        guard access(path, R_OK) == 0 else { return fault(errno: errno, path: path, info: info) }
        return nil
    }

    /// Why the folder of drop-ins cannot be listed, or nil when it can (or is simply not there).
    public static func folderFault(_ path: String) -> FileFault? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            var link = stat()
            if errno == ENOENT, lstat(path, &link) == 0 {
                return .danglingLink(target: (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            }
            return errno == ENOENT ? nil : fault(errno: errno, path: path)
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return .notRegular(kind: kind(info.st_mode)) }
        guard access(path, R_OK | X_OK) == 0 else { return fault(errno: errno, path: path, info: info) }
        return nil
    }

    static func fault(errno code: Int32, path: String, info known: stat? = nil) -> FileFault {
        switch code {
        case ENOENT: return .missing
        case EACCES, EPERM:
            var info = known ?? stat()
            guard known != nil || stat(path, &info) == 0 else {
                return .permissionDenied(owner: "a folder on its path", mode: "that loa may not enter")
            }
            return .permissionDenied(owner: owner(info), mode: String(info.st_mode & 0o7777, radix: 8).leftPadded(to: 3))
        case ELOOP: return .other("it is a loop of symbolic links")
        case EISDIR: return .notRegular(kind: "a folder")
        default: return .other(String(cString: strerror(code)))
        }
    }

    static func owner(_ info: stat) -> String {
        let user = getpwuid(info.st_uid).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "uid \(info.st_uid)"
        let group = getgrgid(info.st_gid).flatMap { $0.pointee.gr_name.map { String(cString: $0) } } ?? "gid \(info.st_gid)"
        return "\(user):\(group)"
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "not an ordinary file"
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
