import Foundation
import Logging

/// The daemon's swift-log handler: one line per message on stderr. Under systemd, stderr is a stream
/// into the journal, which takes a leading `<N>` as the message's syslog priority (sd-daemon.h's SD_ERR
/// and friends) and strips it, so `journalctl -p warning` and the colours work; anywhere else the line
/// reads `level: message`.
public struct JournalLogHandler: LogHandler {
    public enum Format: Sendable, Equatable {
        /// `<3>message key=value`, for the journal.
        case journal
        /// `error: message key=value`, for a terminal or a file.
        case plain

        /// `.journal` when stderr is the stream systemd named in JOURNAL_STREAM.
        public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment) -> Format {
            JournalStream.isConnected(environmentValue: environment["JOURNAL_STREAM"]) ? .journal : .plain
        }
    }

    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public let format: Format
    private let writer: LogLineWriter

    public init(label: String, format: Format, writer: LogLineWriter = .standardError,
                metadataProvider: Logger.MetadataProvider? = nil) {
        self.format = format
        self.writer = writer
        self.metadataProvider = metadataProvider
    }

    /// For `LoggingSystem.bootstrap(JournalLogHandler.init(label:))`: detects the format once per logger.
    public init(label: String) {
        self.init(label: label, format: .detect())
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let own = event.metadata { merged.merge(own) { _, new in new } }
        if let error = event.error { merged["error"] = "\(error)" }
        writer.write(Self.line(level: event.level, message: event.message.description, metadata: merged, format: format))
    }

    static func line(level: Logger.Level, message: String, metadata: Logger.Metadata, format: Format) -> String {
        var line: String
        switch format {
        case .journal: line = "<\(priority(of: level))>"
        case .plain: line = "\(level.rawValue): "
        }
        line += escapingLineBreaks(message)
        // Sorted, so the same event always reads the same and tests can compare whole lines.
        for key in metadata.keys.sorted() {
            guard let value = metadata[key] else { continue }
            line += " \(key)=\(quotedIfNeeded(escapingLineBreaks("\(value)")))"
        }
        return line
    }

    /// syslog priorities as sd-daemon.h names them: SD_CRIT 2, SD_ERR 3, SD_WARNING 4, SD_NOTICE 5,
    /// SD_INFO 6, SD_DEBUG 7. swift-log's trace has no syslog level below debug.
    static func priority(of level: Logger.Level) -> Int {
        switch level {
        case .critical: 2
        case .error: 3
        case .warning: 4
        case .notice: 5
        case .info: 6
        case .debug, .trace: 7
        }
    }

    /// The journal starts a new entry, at the default priority, at each newline: keep a message on its line.
    private static func escapingLineBreaks(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.map { $0.isNewline ? "\\n" : String($0) }.joined()
    }

    /// A value with a space is quoted, so `key=value` pairs still split where they should.
    private static func quotedIfNeeded(_ value: String) -> String {
        guard value.isEmpty || value.contains(where: { $0.isWhitespace || $0 == "\"" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
