#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether stderr goes to the journal. systemd sets `JOURNAL_STREAM=DEVICE:INODE` for a service whose
/// output it connects to journald; systemd.exec(5) asks programs to compare it with stderr itself,
/// because a child inherits the variable even when its stderr was redirected elsewhere.
enum JournalStream {
    static func isConnected(environmentValue: String?, fileDescriptor: Int32 = STDERR_FILENO) -> Bool {
        guard let environmentValue else { return false }
        let parts = environmentValue.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var status = stat()
        guard fstat(fileDescriptor, &status) == 0 else { return false }
        return UInt64(status.st_dev) == device && UInt64(status.st_ino) == inode
    }
}
