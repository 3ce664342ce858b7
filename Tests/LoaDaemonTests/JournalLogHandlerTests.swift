import Foundation
import Logging
import Testing
@testable import LoaDaemon
#if canImport(Glibc)
import Glibc
#endif

@Suite struct JournalLogHandlerTests {
    /// Collects what a handler writes, in order.
    final class Lines: Sendable {
        private let lock = NSLock()
        nonisolated(unsafe) private var stored: [String] = []
        var all: [String] { lock.withLock { stored } }
        var writer: LogLineWriter { LogLineWriter { line in self.lock.withLock { self.stored.append(line) } } }
    }

    private func logger(_ format: JournalLogHandler.Format, into lines: Lines) -> Logger {
        var logger = Logger(label: "loa") { label in JournalLogHandler(label: label, format: format, writer: lines.writer) }
        logger.logLevel = .trace
        return logger
    }

    @Test func underTheJournalEachLineStartsWithItsSyslogPriority() {
        let lines = Lines()
        let log = logger(.journal, into: lines)
        log.critical("c")
        log.error("Không mở được thiết bị")
        log.warning("w")
        log.notice("n")
        log.info("i")
        log.debug("d")
        log.trace("t")
        #expect(lines.all == ["<2>c", "<3>Không mở được thiết bị", "<4>w", "<5>n", "<6>i", "<7>d", "<7>t"])
    }

    @Test func elsewhereEachLineStartsWithItsLevelName() {
        let lines = Lines()
        let log = logger(.plain, into: lines)
        log.error("e")
        log.warning("w")
        log.notice("n")
        log.info("i")
        log.debug("d")
        #expect(lines.all == ["error: e", "warning: w", "notice: n", "info: i", "debug: d"])
    }

    @Test func metadataFollowsAsSortedKeyValuePairs() {
        let lines = Lines()
        var log = logger(.journal, into: lines)
        log[metadataKey: "zone"] = "toan-xa"
        log.notice("Đang phát", metadata: ["announcement": "chu-de", "slot": "sang"])
        #expect(lines.all == ["<5>Đang phát announcement=chu-de slot=sang zone=toan-xa"])
    }

    @Test func aValueWithSpacesIsQuotedAndTheMessageStaysOnOneLine() {
        let lines = Lines()
        let log = logger(.plain, into: lines)
        log.error("two\nlines", metadata: ["title": "Chủ đề \"Tháng\""])
        #expect(lines.all == [#"error: two\nlines title="Chủ đề \"Tháng\"""#])
    }

    @Test func theMessageMetadataWinsOverTheLoggers() {
        let lines = Lines()
        var log = logger(.plain, into: lines)
        log[metadataKey: "zone"] = "a"
        log.info("m", metadata: ["zone": "b"])
        #expect(lines.all == ["info: m zone=b"])
    }

    @Test func theJournalFormatIsChosenOnlyWhenStderrIsTheNamedStream() throws {
        // A real file stands in for the journal's socket: what matters is its device and inode.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("loa-journal-\(UUID().uuidString)").path
        let descriptor = open(path, O_CREAT | O_RDWR, 0o600)
        try #require(descriptor >= 0)
        defer { close(descriptor); unlink(path) }
        var status = stat()
        try #require(fstat(descriptor, &status) == 0)
        let named = "\(status.st_dev):\(status.st_ino)"

        #expect(JournalStream.isConnected(environmentValue: named, fileDescriptor: descriptor))
        #expect(!JournalStream.isConnected(environmentValue: "\(status.st_dev):\(status.st_ino + 1)", fileDescriptor: descriptor))
        #expect(!JournalStream.isConnected(environmentValue: nil, fileDescriptor: descriptor))
        #expect(!JournalStream.isConnected(environmentValue: "garbage", fileDescriptor: descriptor))
        #expect(!JournalStream.isConnected(environmentValue: named, fileDescriptor: -1))
    }

    @Test func withoutJournalStreamTheFormatIsPlain() {
        #expect(JournalLogHandler.Format.detect(environment: [:]) == .plain)
        #expect(JournalLogHandler.Format.detect(environment: ["JOURNAL_STREAM": "0:0"]) == .plain)
    }
}
