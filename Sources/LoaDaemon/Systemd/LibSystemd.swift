import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// libsystemd's sd_notify and sd_watchdog_enabled, loaded with dlopen when `loa run` makes its notifier.
///
/// Linked, libsystemd and the six libraries it needs (gcrypt, gpg-error, lz4, zstd, lzma, cap) were
/// loaded and relocated at the start of every `loa` command, `loa play` from a terminal too: 1.9 ms of
/// its 10.5 ms of CPU at start-up (BENCHMARKS.md). Only the daemon talks to systemd, so only it pays, once.
struct LibSystemd: @unchecked Sendable {  // Two C function pointers, set once and never changed.
    let notify: loa_sd_notify_function
    let watchdogEnabled: loa_sd_watchdog_enabled_function

    /// The library, or why it could not be loaded (libsystemd0 not installed).
    static let shared: Result<LibSystemd, LoadFailure> = load("libsystemd.so.0")

    struct LoadFailure: Error, Sendable {
        let reason: String
    }

    static func load(_ name: String) -> Result<LibSystemd, LoadFailure> {
        // Never closed: the functions are used for as long as the daemon runs.
        guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { return .failure(LoadFailure(reason: lastError())) }
        guard let notify = dlsym(handle, "sd_notify"), let watchdogEnabled = dlsym(handle, "sd_watchdog_enabled") else {
            return .failure(LoadFailure(reason: lastError()))
        }
        return .success(LibSystemd(notify: unsafeBitCast(notify, to: loa_sd_notify_function.self),
                                   watchdogEnabled: unsafeBitCast(watchdogEnabled, to: loa_sd_watchdog_enabled_function.self)))
    }

    private static func lastError() -> String {
        dlerror().map { String(cString: $0) } ?? "unknown dlopen error"
    }
}
