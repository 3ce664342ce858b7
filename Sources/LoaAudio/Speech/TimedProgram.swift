import Foundation

/// Runs a program with text on its stdin, collects its stdout and stderr, and kills it — with everything
/// it started — when it outlives its deadline.
///
/// Written on posix_spawn by hand: Foundation's `Process` cannot put the child in a process group of its
/// own, and a command run through /bin/sh leaves grandchildren that keep the output pipe open after the
/// shell is killed; killing the whole group is what makes the time limit hold.
enum TimedProgram {
    struct Finished {
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    enum Failure: Error, Equatable {
        /// The program could not be started (not installed, not executable).
        case cannotStart(program: String, detail: String)
        /// Killed at the deadline; what it had printed on stderr.
        case timedOut(stderr: String)
    }

    /// `argv[0]` is looked up in PATH. `deadlineNs` is a CLOCK_MONOTONIC instant.
    static func run(_ argv: [String], input: [UInt8], environment: [String: String] = [:], deadlineNs: Int64) throws(Failure) -> Finished {
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1], errFromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0, pipe(&errFromChild) == 0 else {
            for fd in toChild + fromChild + errFromChild where fd >= 0 { close(fd) }
            throw .cannotStart(program: argv.first ?? "", detail: String(cString: strerror(errno)))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errFromChild[1], 2)
        for fd in toChild + fromChild + errFromChild { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own (so the kill reaches a shell's children), default signal handling and no
        // blocked signals: the daemon blocks SIGTERM/SIGHUP for its own handlers, the engine must not inherit that.
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let envStrings = env.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let spawned = withCStrings(argv) { cArgv in
            withCStrings(envStrings) { cEnv in posix_spawnp(&pid, argv[0], &actions, &attributes, cArgv, cEnv) }
        }
        close(toChild[0]); close(fromChild[1]); close(errFromChild[1])
        guard spawned == 0 else {
            close(toChild[1]); close(fromChild[0]); close(errFromChild[0])
            throw .cannotStart(program: argv[0], detail: String(cString: strerror(spawned)))
        }
        // The child may exit without reading; writing to its closed stdin must not kill us.
        signal(SIGPIPE, SIG_IGN)
        for fd in [toChild[1], fromChild[0], errFromChild[0]] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }

        var stdinFD = toChild[1]
        var written = 0
        var out: [UInt8] = [], err: [UInt8] = []
        var open: [Int32: Bool] = [fromChild[0]: true, errFromChild[0]: true]
        var buffer = [UInt8](repeating: 0, count: 65536)
        var timedOut = false
        if input.isEmpty { close(stdinFD); stdinFD = -1 }
        while open.values.contains(true) || stdinFD >= 0 {
            let left = deadlineNs - monotonicNs()
            if left <= 0 { timedOut = true; break }
            var fds: [pollfd] = []
            if stdinFD >= 0 { fds.append(pollfd(fd: stdinFD, events: Int16(POLLOUT), revents: 0)) }
            for (fd, isOpen) in open where isOpen { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(left / 1_000_000 + 1, 1000)))
            if ready < 0 && errno != EINTR { break }
            for p in fds where p.revents != 0 {
                if p.fd == stdinFD {
                    let n = input.withUnsafeBytes { write(stdinFD, $0.baseAddress! + written, input.count - written) }
                    if n > 0 { written += n }
                    if n < 0 && errno != EAGAIN || written == input.count { close(stdinFD); stdinFD = -1 }
                } else {
                    let n = read(p.fd, &buffer, buffer.count)
                    if n > 0 {
                        if p.fd == fromChild[0] { out += buffer[0..<n] } else { err += buffer[0..<n] }
                    } else if n == 0 || errno != EAGAIN && errno != EINTR {
                        open[p.fd] = false
                    }
                }
            }
        }
        if stdinFD >= 0 { close(stdinFD) }
        close(fromChild[0]); close(errFromChild[0])
        if timedOut { kill(-pid, SIGKILL) }
        var status: Int32 = 0
        // The pipes are closed, so it ends (SIGPIPE) if it has not; after a kill, at once.
        var reaped = waitpid(pid, &status, timedOut ? 0 : WNOHANG)
        if reaped == 0 {
            let graceEnd = monotonicNs() + max(0, deadlineNs - monotonicNs())
            while reaped == 0 && monotonicNs() < graceEnd {
                usleep(5_000)
                reaped = waitpid(pid, &status, WNOHANG)
            }
            if reaped == 0 {
                kill(-pid, SIGKILL)
                timedOut = true
                _ = waitpid(pid, &status, 0)
            }
        }
        let errText = String(decoding: err, as: UTF8.self)
        if timedOut { throw .timedOut(stderr: errText) }
        // The exit code, or 128 + the signal that ended it, as a shell reports it.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Finished(status: code, stdout: out, stderr: err)
    }

    static func monotonicNs() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
