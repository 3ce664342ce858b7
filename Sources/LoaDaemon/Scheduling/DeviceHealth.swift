import Logging
import LoaAudio
import LoaCore
import LoaLog
import Synchronization

/// Follows the player's events for device faults and tells the journal, the airing log's station events
/// and `loa status` (through `faults`) what changed, as `DeviceFaultTally` decides. Called on the output
/// threads, so it keeps its state under a lock.
final class DeviceHealth: Sendable {
    private let tally = Mutex(DeviceFaultTally())
    private let logger: Logger
    private let writer: LogWriteQueue

    init(logger: Logger, writer: LogWriteQueue) {
        self.logger = logger
        self.writer = writer
    }

    /// `airing`: the session's key, so a session's many failed items count as one failed airing.
    /// `zones`: the names of the zones on each device; `resolver`, `revision`: the programme on air.
    func observe(_ event: PlayerEvent, airing: String, zones: [String: [String]], resolver: LocalTimeResolver, revision: String) {
        let change: DeviceFaultTally.Change? = tally.withLock { t in
            switch event.kind {
            case .willStart:
                return t.worked(device: event.device)
            case .ended:
                guard let fault = event.deviceFault else { return nil }
                return t.failed(device: event.device, fault: fault, airing: airing, atMs: event.atNs / 1_000_000)
            }
        }
        guard let change else { return }
        // A device working again is seen at an item's first sample, on its output thread: the line and the
        // row go to the log's writer, which journals after it writes.
        let line = Self.line(change, zones: zones, resolver: resolver), logger = logger
        let said = Self.journalLine(change, zones: zones, resolver: resolver)
        let row = StationEvent(atMs: event.atNs / 1_000_000, kind: .deviceFault, detail: line, configRevision: revision)
        let journal: @Sendable () -> Void = {
            switch change {
            case .failing: logger.warning("\(said)")
            case .worksAgain: logger.notice("\(said)")
            }
        }
        writer.enqueue({ log throws(LogError) in
            try log.record(row)
            journal()
        }, orElse: { error in
            journal()
            logger.error("\(LocalizedText(en: "could not record a device fault: \(error)", vi: "không ghi được lỗi thiết bị: \(error)").journal)")
        })
    }

    /// One line per failing device, for `loa status`.
    func faults(resolver: LocalTimeResolver) -> [String] {
        tally.withLock { $0.failing }.sorted { $0.key < $1.key }.map { device, f in
            let times = f.count == 1 ? "1 airing" : "\(f.count) airings"
            return "\(device): \(f.fault) — since \(Self.clock(f.sinceMs, resolver)), \(times) failed; each airing tries it again"
        }
    }

    static func line(_ change: DeviceFaultTally.Change, zones: [String: [String]], resolver: LocalTimeResolver) -> String {
        func named(_ device: String) -> String {
            let names = zones[device] ?? []
            return names.isEmpty ? "device \(device)" : "device \(device) (\(names.joined(separator: ", ")))"
        }
        switch change {
        case .failing(let device, let f, let first):
            let count = "\(DeviceFaultTally.ordinal(f.count)) time since \(clock(f.sinceMs, resolver))"
            let then = first ? "; its airings are logged failed until it works again, and each airing tries it again" : ""
            return "\(named(device)) \(first ? "fails" : "still fails"): \(f.fault) (\(count))\(then)"
        case .worksAgain(let device, let f):
            let times = f.count == 1 ? "1 failed airing" : "\(f.count) failed airings"
            return "\(named(device)) works again (after \(times) since \(clock(f.sinceMs, resolver)))"
        }
    }

    /// `line` for the journal: in Vietnamese when the journal is; the log's row keeps the English `line`.
    static func journalLine(_ change: DeviceFaultTally.Change, zones: [String: [String]], resolver: LocalTimeResolver) -> String {
        guard JournalLanguage.current == .vi else { return line(change, zones: zones, resolver: resolver) }
        func named(_ device: String) -> String {
            let names = zones[device] ?? []
            return names.isEmpty ? "thiết bị \(device)" : "thiết bị \(device) (\(names.joined(separator: ", ")))"
        }
        switch change {
        case .failing(let device, let f, let first):
            let then = first ? "; các lần phát trên thiết bị này được ghi là failed cho đến khi nó chạy lại, và mỗi lần phát đều thử lại nó" : ""
            // The fault is the sound library's own words.
            return "\(named(device)) \(first ? "bị lỗi" : "vẫn lỗi"): \(f.fault) (lần thứ \(f.count) kể từ \(clock(f.sinceMs, resolver)))\(then)"
        case .worksAgain(let device, let f):
            return "\(named(device)) đã chạy lại (sau \(f.count) lần phát hỏng kể từ \(clock(f.sinceMs, resolver)))"
        }
    }

    private static func clock(_ ms: Int64, _ resolver: LocalTimeResolver) -> String {
        let t = resolver.local(ms).time
        return "\(t)"
    }
}
