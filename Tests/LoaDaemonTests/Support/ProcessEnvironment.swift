import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Changes this test process's environment for the length of a body, and puts it back after.
/// The environment is one per process and every test target runs in the same one, so every test that
/// sets a variable goes through here: the lock keeps two such tests from overlapping even when they
/// sit in different suites.
enum ProcessEnvironment {
    private static let lock = NSLock()

    static func with<T>(_ values: [String: String?], _ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        var saved: [String: String?] = [:]
        for (name, value) in values {
            saved[name] = getenv(name).map { String(cString: $0) }
            set(name, value)
        }
        defer { for (name, value) in saved { set(name, value) } }
        return try body()
    }

    /// The environment as it is between such bodies, for a child process to start from: read while
    /// another test has set a variable, a daemon would inherit that test's NOTIFY_SOCKET or WATCHDOG_PID.
    static func snapshot() -> [String: String] {
        lock.lock()
        defer { lock.unlock() }
        return ProcessInfo.processInfo.environment
    }

    private static func set(_ name: String, _ value: String?) {
        if let value { setenv(name, value, 1) } else { unsetenv(name) }
    }
}
