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

extension AiringLogReader {
    /// The writers' row loop: each matching row, with its place among them, appended by `body` to the
    /// sink's buffer, which is written out as it fills; returns the number of rows. An error of `body`
    /// or of the output comes out as itself: `forEach` would report it as the log's own failure.
    func stream(_ filter: AiringFilter, to sink: ByteSink,
                _ body: (_ row: RawAiringRow, _ index: Int, _ out: inout [UInt8]) throws -> Void) throws -> Int {
        var rows = 0
        var failure: (any Error)?
        do {
            try forEach(filter) { row in
                do {
                    try body(row, rows, &sink.buffer)
                    try sink.flushIfFull()
                    rows += 1
                } catch {
                    failure = error
                    throw error
                }
            }
        } catch {
            throw failure ?? error
        }
        return rows
    }
}
