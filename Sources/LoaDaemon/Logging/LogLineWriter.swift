import Foundation

/// Where the daemon's log lines go: stderr in the daemon, a buffer in tests.
public struct LogLineWriter: Sendable {
    private let writeLine: @Sendable (String) -> Void

    public init(_ writeLine: @escaping @Sendable (String) -> Void) {
        self.writeLine = writeLine
    }

    func write(_ line: String) {
        writeLine(line)
    }

    /// File descriptor 2, one write(2) per line under a lock, so lines from concurrent tasks never
    /// interleave and nothing sits in a buffer when the process is killed.
    public static let standardError = LogLineWriter(StandardErrorSink().write)
}

private final class StandardErrorSink: Sendable {
    private let lock = NSLock()

    func write(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        lock.lock()
        defer { lock.unlock() }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return  // stderr is gone (closed, or the journal restarted): nowhere left to say so.
            }
        }
    }
}
