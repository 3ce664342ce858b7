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
    }

    deinit {
        close(descriptor)
        try? FileManager.default.removeItem(at: folder)
    }

    /// The next datagram this process sent, or nil when none is waiting. It never waits: an AF_UNIX
    /// datagram is on the receiver's queue by the time sendmsg(2) returns, so what sd_notify sent is here.
    func receive(from expected: pid_t = getpid()) -> String? {
        while true {
            guard let (text, sender) = receiveAny() else { return nil }
            if sender == expected { return text }
        }
    }

    private func receiveAny() -> (String, pid_t)? {
        var data = [UInt8](repeating: 0, count: 4096)
        // Room for one SCM_CREDENTIALS message: header, then a struct ucred, aligned to size_t.
        var control = [UInt8](repeating: 0, count: 64)
        let received = data.withUnsafeMutableBytes { dataBuffer in
            control.withUnsafeMutableBytes { controlBuffer in
                var vector = iovec(iov_base: dataBuffer.baseAddress, iov_len: dataBuffer.count)
                return withUnsafeMutablePointer(to: &vector) { vectorPointer in
                    var message = msghdr()
                    message.msg_iov = vectorPointer
                    message.msg_iovlen = 1
                    message.msg_control = controlBuffer.baseAddress
                    message.msg_controllen = controlBuffer.count
                    return recvmsg(descriptor, &message, Int32(MSG_DONTWAIT))
                }
            }
        }
        guard received >= 0 else { return nil }
        let text = String(decoding: data[..<received], as: UTF8.self)
        return (text, Self.senderPID(in: control))
    }

    /// Reads struct cmsghdr { size_t len; int level; int type; } followed by struct ucred { pid; uid; gid }.
    /// <bits/socket.h> declares SCM_CREDENTIALS in an enum that Swift does not import.
    private static let scmCredentials: Int32 = 2

    private static func senderPID(in control: [UInt8]) -> pid_t {
        let headerSize = MemoryLayout<Int>.size + 2 * MemoryLayout<Int32>.size
        return control.withUnsafeBytes { bytes in
            let level = bytes.load(fromByteOffset: MemoryLayout<Int>.size, as: Int32.self)
            let type = bytes.load(fromByteOffset: MemoryLayout<Int>.size + 4, as: Int32.self)
            guard level == SOL_SOCKET, type == scmCredentials else { return -1 }
            return bytes.load(fromByteOffset: headerSize, as: pid_t.self)
        }
    }
}
