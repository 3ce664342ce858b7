import Foundation
import Glibc

/// Whether the daemon that wrote a status file still runs, for any user who can read that file.
///
/// `kill(pid, 0)` cannot tell: to an officer in group `loa` it answers EPERM for a daemon running as user
/// `loa`. And no periodic heartbeat is wanted (an idle loa sleeps until its next event). So:
/// - the daemon holds an exclusive lock (flock) on `STATUS.lock` for as long as it lives; the kernel
///   drops it when the process ends, however it ends (SIGKILL, a crash, a power cut). A reader that can
///   open the file read-only tries a shared lock without waiting: refused means a daemon holds it;
/// - every status file says by when the daemon will write it again at the latest (`untilMs`: its next
///   wake-up, or the end of what is on air). A daemon that holds the lock but is well past that has hung
///   (systemd's watchdog restarts it);
/// - under systemd, `systemctl is-active UNIT` for the unit the status file names is shown beside.
public enum DaemonLiveness {
    public static func lockPath(status: String) -> String { status + ".lock" }

    /// Taken at start-up and held until exit (the descriptor is never closed). Nil if the lock file
    /// cannot be made; the daemon then runs on and `loa status` falls back on the heartbeat alone.
    public static func hold(status: String) -> Int32? {
        let path = lockPath(status: status)
        var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        if fd < 0 {
            // Left by a run as another user (root, by hand): made anew, or readers would find it free and
            // call this daemon dead.
            unlink(path)
            fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        }
        guard fd >= 0 else { return nil }
        var folder = stat()
        if stat((path as NSString).deletingLastPathComponent, &folder) == 0 { _ = fchown(fd, uid_t.max, folder.st_gid) }
        _ = fchmod(fd, 0o640)
        // Blocking: a reader holds its shared lock only for an instant.
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { close(fd); return nil }
        }
        return fd
    }

    public enum Lock: Equatable, Sendable {
        case held, free
        /// The lock file is there but this user may not open it (or it is missing while a status file is
        /// there, as with an older loa): only the heartbeat can tell.
        case unknown(String)
    }

    public static func lock(status: String) -> Lock {
        let path = lockPath(status: status)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            return errno == ENOENT ? .unknown("there is no \(path)") : .unknown("\(path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            _ = flock(fd, LOCK_UN)
            return .free
        }
        return errno == EWOULDBLOCK ? .held : .unknown("\(path): \(String(cString: strerror(errno)))")
    }

    /// The verdict `loa status` prints and `loa announce` acts on.
    public struct Verdict: Sendable {
        public var running: Bool
        /// One line: running (pid), not running, or not answering, and why.
        public var text: String
    }

    /// How late past its promised rewrite a daemon may be before it is called hung: a session's items can
    /// run a little over their planned length, and a busy machine is slow.
    public static let slackMs: Int64 = 120_000

    public static func judge(_ doc: StatusFile.Document, status: String, nowMs: Int64, systemd: (String) -> String? = systemdState) -> Verdict {
        let lock = lock(status: status)
        let unit = doc.systemdUnit.flatMap { u in systemd(u).map { " — systemd: \(u) \($0)" } } ?? ""
        let overdue = doc.untilMs.map { nowMs > $0 + slackMs } ?? false
        switch lock {
        case .free:
            return Verdict(running: false, text: "loa KHÔNG chạy / NOT running (it last wrote its status at \(doc.updated))\(unit)")
        case .held where overdue, .unknown where overdue:
            return Verdict(running: false, text: "loa KHÔNG trả lời / NOT answering: it should have written its status again by "
                           + "\(doc.untilMs.map { "\(($0 - (doc.updatedMs ?? $0)) / 1000) s after" } ?? "") \(doc.updated) (pid \(doc.pid))\(unit)")
        case .held:
            return Verdict(running: true, text: "loa đang chạy / running (pid \(doc.pid))\(unit)")
        case .unknown(let why):
            // No lock to ask: systemd's word, else the heartbeat (which cannot see a daemon that died quietly).
            if let state = doc.systemdUnit.flatMap(systemd) {
                let up = state == "active" || state == "reloading"
                return Verdict(running: up, text: up ? "loa đang chạy / running (pid \(doc.pid))\(unit)" : "loa KHÔNG chạy / NOT running\(unit)")
            }
            return Verdict(running: doc.untilMs != nil,
                           text: doc.untilMs != nil ? "loa có lẽ đang chạy / probably running (pid \(doc.pid); cannot check: \(why))"
                                                    : "loa: cannot tell whether it runs (\(why))")
        }
    }

    /// `systemctl is-active UNIT`, when systemd runs this machine; nil otherwise.
    public static func systemdState(_ unit: String) -> String? {
        guard access("/run/systemd/system", F_OK) == 0, access("/usr/bin/systemctl", X_OK) == 0 else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/systemctl")
        p.arguments = ["is-active", unit]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let state = String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return state.isEmpty ? nil : state
    }
}
