import CSystemd

/// PLACEHOLDER until the systemd branch lands: sd_notify messages.
public struct SystemdNotifier: Sendable {
    public init() {}
    public func ready(status: String) { send("READY=1\nSTATUS=\(status)") }
    public func status(_ text: String) { send("STATUS=\(text)") }
    public func watchdog() { send("WATCHDOG=1") }
    public func reloading() { send("RELOADING=1") }
    public func readyAfterReload(status: String) { send("READY=1\nSTATUS=\(status)") }
    public func stopping(status: String) { send("STOPPING=1\nSTATUS=\(status)") }
    public var watchdogInterval: Duration? {
        var usec: UInt64 = 0
        return sd_watchdog_enabled(0, &usec) > 0 ? .microseconds(Int64(usec)) : nil
    }
    private func send(_ state: String) { _ = sd_notify(0, state) }
}
