#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A buffered writer to a file descriptor: the export's only output path, so memory stays at one buffer
/// however many rows go through.
public final class ByteSink {
    public var buffer: [UInt8] = []
    private let fd: Int32
    private let flushAt: Int

    /// 1 MiB: a million-row export is a few hundred write calls, and memory stays constant.
    public init(fd: Int32, flushAt: Int = 1 << 20) {
        self.fd = fd
        self.flushAt = flushAt
        buffer.reserveCapacity(flushAt + 4096)
    }

    public func write(_ text: String) throws { buffer.append(contentsOf: text.utf8); try flushIfFull() }

    public func flushIfFull() throws { if buffer.count >= flushAt { try flush() } }

    public func flush() throws {
        try buffer.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let n = Glibc.write(fd, base + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw SinkError(errno: errno)
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

public struct SinkError: Error, CustomStringConvertible {
    public let errno: Int32
    public var description: String { String(cString: strerror(errno)) }
}
