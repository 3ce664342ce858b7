import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plays systemd's side of sd_notify: an AF_UNIX datagram socket bound in a fresh temporary folder.
/// It asks the kernel for each sender's credentials and keeps only datagrams from this test process, so
/// a child process that another test starts meanwhile (and that inherits NOTIFY_SOCKET) cannot slip a
/// message of its own in.
final class NotifySocket {
    enum Failure: Error { case system(String, Int32) }

    let path: String
    private let folder: URL
    private let descriptor: Int32

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-notify-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("notify").path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure.system("socket", errno) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        guard pathBytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw Failure.system("path too long", ENAMETOOLONG) }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: pathBytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw Failure.system("bind", errno) }
        var on: Int32 = 1
        guard setsockopt(descriptor, SOL_SOCKET, SO_PASSCRED, &on, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw Failure.system("SO_PASSCRED", errno)
        }
        guard setsockopt(descriptor, SOL_SOCKET, Self.soTimestampNS, &on, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw Failure.system("SO_TIMESTAMPNS", errno)
        }
    }

    deinit {
        close(descriptor)
        try? FileManager.default.removeItem(at: folder)
    }

    /// A datagram and when the kernel queued it (seconds since 1970): a test counting pings over a span of
    /// time counts by these, not by when it got round to reading them on a busy machine.
    struct Datagram {
        let text: String
        let queuedAt: Double
    }

    /// The next datagram this process sent, or nil when none is waiting. It never waits: an AF_UNIX
    /// datagram is on the receiver's queue by the time sendmsg(2) returns, so what sd_notify sent is here.
    func receive(from expected: pid_t = getpid()) -> String? {
        receiveStamped(from: expected)?.text
    }

    func receiveStamped(from expected: pid_t = getpid()) -> Datagram? {
        while true {
            guard let (datagram, sender) = receiveAny() else { return nil }
            if sender == expected { return datagram }
        }
    }

    private func receiveAny() -> (Datagram, pid_t)? {
        var data = [UInt8](repeating: 0, count: 4096)
        // Room for two control messages: credentials and a timestamp, each a header and its data.
        var control = [UInt8](repeating: 0, count: 128)
        var controlLength = 0
        let received = data.withUnsafeMutableBytes { dataBuffer in
            control.withUnsafeMutableBytes { controlBuffer in
                var vector = iovec(iov_base: dataBuffer.baseAddress, iov_len: dataBuffer.count)
                return withUnsafeMutablePointer(to: &vector) { vectorPointer in
                    var message = msghdr()
                    message.msg_iov = vectorPointer
                    message.msg_iovlen = 1
                    message.msg_control = controlBuffer.baseAddress
                    message.msg_controllen = controlBuffer.count
                    let count = recvmsg(descriptor, &message, Int32(MSG_DONTWAIT))
                    controlLength = message.msg_controllen
                    return count
                }
            }
        }
        guard received >= 0 else { return nil }
        let text = String(decoding: data[..<received], as: UTF8.self)
        let parts = Self.controlMessages(in: control[..<controlLength])
        return (Datagram(text: text, queuedAt: parts.queuedAt ?? Date().timeIntervalSince1970), parts.sender ?? -1)
    }

    /// <bits/socket.h> declares SCM_CREDENTIALS in an enum, and SO_TIMESTAMPNS as an expression on the
    /// size of time_t, neither of which Swift imports; the values are asm-generic's (x86-64 and arm64 alike).
    private static let scmCredentials: Int32 = 2
    private static let soTimestampNS: Int32 = 35

    /// Walks struct cmsghdr { size_t len; int level; int type; } records, each padded to size_t, and reads
    /// struct ucred { pid; uid; gid } and struct timespec { tv_sec; tv_nsec } from them.
    private static func controlMessages(in control: ArraySlice<UInt8>) -> (sender: pid_t?, queuedAt: Double?) {
        let word = MemoryLayout<Int>.size
        let headerSize = word + 2 * MemoryLayout<Int32>.size
        var sender: pid_t?
        var queuedAt: Double?
        Array(control).withUnsafeBytes { bytes in
            var offset = 0
            while offset + headerSize <= bytes.count {
                let length = bytes.loadUnaligned(fromByteOffset: offset, as: Int.self)
                guard length >= headerSize, offset + length <= bytes.count else { break }
                let level = bytes.loadUnaligned(fromByteOffset: offset + word, as: Int32.self)
                let type = bytes.loadUnaligned(fromByteOffset: offset + word + 4, as: Int32.self)
                if level == SOL_SOCKET, type == scmCredentials {
                    sender = bytes.loadUnaligned(fromByteOffset: offset + headerSize, as: pid_t.self)
                } else if level == SOL_SOCKET, type == soTimestampNS {
                    let seconds = bytes.loadUnaligned(fromByteOffset: offset + headerSize, as: Int.self)
                    let nanoseconds = bytes.loadUnaligned(fromByteOffset: offset + headerSize + word, as: Int.self)
                    queuedAt = Double(seconds) + Double(nanoseconds) / 1e9
                }
                offset += (length + word - 1) / word * word
            }
        }
        return (sender, queuedAt)
    }
}
