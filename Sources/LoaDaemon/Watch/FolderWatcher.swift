import CLinux
import Foundation
import Glibc

/// Tells when files in a folder are written, moved in or removed (inotify), without polling: a thread
/// blocks in read() and calls back; closing stops it.
public final class FolderWatcher: Sendable {
    private let fd: Int32
    public let folder: String

    /// `alsoOn`: inotify events watched besides a finished write, a move and a deletion.
    public init(folder: String, alsoOn extra: Int32 = 0, onChange: @escaping @Sendable (String) -> Void) throws {
        self.folder = folder
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { throw DaemonError.system("inotify_init1: \(String(cString: strerror(errno)))") }
        let mask = UInt32(Int32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM) | extra)
        guard inotify_add_watch(fd, folder, mask) >= 0 else {
            let why = String(cString: strerror(errno))
            close(fd)
            throw DaemonError.system("cannot watch \(folder): \(why)")
        }
        let fd = fd
        let thread = Thread {
            ThreadName.set("loa-watch")
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 4096) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= n {
                    let (length, name) = buffer.withUnsafeBytes { raw -> (Int, String) in
                        let event = raw.load(fromByteOffset: offset, as: inotify_event.self)
                        let nameStart = offset + MemoryLayout<inotify_event>.size
                        let nameBytes = raw[nameStart..<min(nameStart + Int(event.len), n)].prefix { $0 != 0 }
                        return (Int(event.len), String(decoding: nameBytes, as: UTF8.self))
                    }
                    onChange(name)
                    offset += MemoryLayout<inotify_event>.size + length
                }
            }
        }
        thread.start()
    }

    public func stop() {
        close(fd)
    }
}
