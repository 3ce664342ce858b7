import Foundation
import LoaAudio
import LoaDaemon
import Logging

/// The command line's log: stderr, LOA_LOG_LEVEL or the command's own default level, and ALSA's own
/// chatter routed there too (at debug level, so it shows only with LOA_LOG_LEVEL=debug) instead of ALSA
/// printing it unasked.
enum AudioLogging {
    /// For the commands that play or decode: warnings and errors only, unless LOA_LOG_LEVEL says more.
    static func bootstrap() {
        routeALSA(to: logger)
    }

    static var logger: Logger { logger(default: .warning) }

    /// The level LOA_LOG_LEVEL names, else `fallback`. getenv, not ProcessInfo: ProcessInfo copies the
    /// whole environment into a dictionary first.
    static func level(default fallback: Logger.Level) -> Logger.Level {
        getenv("LOA_LOG_LEVEL").flatMap { Logger.Level(rawValue: String(cString: $0)) } ?? fallback
    }

    static func logger(default fallback: Logger.Level) -> Logger {
        var logger = Logger(label: "loa")
        logger.logLevel = level(default: fallback)
        return logger
    }

    static func routeALSA(to logger: Logger) {
        ALSAErrorLog.route(to: logger)
        // A pipe device whose reader quits must fail the write, not end the process.
        signal(SIGPIPE, SIG_IGN)
    }
}

/// The daemon's log: stderr, which systemd's journal collects, each line with its syslog priority.
enum DaemonLogging {
    static func bootstrap() {
        // Worked out once, not for every logger the services make.
        let level = AudioLogging.level(default: .info)
        let format = JournalLogHandler.Format.detect()
        LoggingSystem.bootstrap { label in
            var handler = JournalLogHandler(label: label, format: format)
            handler.logLevel = level
            return handler
        }
        AudioLogging.routeALSA(to: logger)
    }

    static var logger: Logger { AudioLogging.logger(default: .info) }
}
