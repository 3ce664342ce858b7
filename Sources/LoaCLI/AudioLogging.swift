import Foundation
import LoaAudio
import Logging

/// The command line's log: warnings and errors on stderr, and ALSA's own chatter routed there too (at
/// debug level, so it shows only with LOA_LOG_LEVEL=debug) instead of ALSA printing it unasked.
enum AudioLogging {
    static func bootstrap() {
        ALSAErrorLog.route(to: logger)
        // A pipe device whose reader quits must fail the write, not end the process.
        signal(SIGPIPE, SIG_IGN)
    }

    static var logger: Logger {
        var logger = Logger(label: "loa")
        // getenv, not ProcessInfo: ProcessInfo copies the whole environment into a dictionary first.
        logger.logLevel = getenv("LOA_LOG_LEVEL").flatMap { Logger.Level(rawValue: String(cString: $0)) } ?? .warning
        return logger
    }
}
