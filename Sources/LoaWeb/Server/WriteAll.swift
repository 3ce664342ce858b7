import Foundation
import Glibc

/// Writes all of `data` to `fd`, again after a short write or EINTR; false on any other failure, with
/// errno telling why. The console's files written atomically (accounts, sessions) share it.
func writeAll(_ fd: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { bytes in
        var offset = 0
        while offset < bytes.count {
            let count = write(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }
}
