import CALSA
import Logging
import Synchronization

/// Sends libasound's own error messages to our log instead of stderr.
///
/// libasound has a single process-wide handler, so this is process-wide too; the logger is swapped
/// under a lock because ALSA calls the handler from whichever thread failed.
public enum ALSAErrorLog {
    private static let logger = Mutex<Logger?>(nil)

    /// Routes ALSA's messages to `logger` (at debug level: the caller reports the failure that matters
    /// with its own error). Calling it again replaces the logger.
    public static func route(to newLogger: Logger) {
        logger.withLock { $0 = newLogger }
        _ = loa_alsa_route_errors(sink)
    }

    private static let sink: loa_alsa_log_sink = { file, line, function, err, message in
        let text = message.map { String(cString: $0) } ?? ""
        let where_ = "\(file.map { String(cString: $0) } ?? "?"):\(line) \(function.map { String(cString: $0) } ?? "?")"
        ALSAErrorLog.logger.withLock { log in
            log?.debug("alsa: \(text)", metadata: ["alsa.source": "\(where_)", "alsa.errno": "\(err)"])
        }
    }
}
