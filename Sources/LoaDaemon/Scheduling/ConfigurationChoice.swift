import Foundation
import LoaAudio
import LoaCore
import Logging

/// Which configuration a daemon airs: the current one when it can be understood (kept then as the last
/// valid one), else, at start-up, the last valid one, said loudly.
struct ConfigurationChoice: Sendable {
    let paths: DaemonPaths
    let probe: DecodingProbe
    let logger: Logger

    init(paths: DaemonPaths, logger: Logger) {
        self.paths = paths
        // The probe `loa check` uses, with the daemon's measurements: both report the same faults.
        probe = DecodingProbe(cache: LoudnessCache(folder: paths.loudnessCache))
        self.logger = logger
    }

    /// The programme to start with, or nil when neither the configuration nor a kept copy can air.
    func atStart(nowMs: Int64) -> Programme? {
        switch ProgrammeLoader.load(configPath: paths.config, nowMs: nowMs, probe: probe, speechCache: paths.speechCache) {
        case .loaded(let programme, let warnings, let sources):
            for w in warnings { logger.warning("\(w.journalLine)") }
            reportItemFaults(programme)
            keep(programme, sources: sources, nowMs: nowMs, resolver: programme.resolver)
            return programme
        case .refused(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            for d in errors { logger.error("\(d.journalLine)") }
            let why = "\(paths.config) has \(errors.count) error\(errors.count == 1 ? "" : "s") (`loa check --config \(paths.config)` lists them; the first: \(errors.first?.description ?? "?"))"
            let whyText = LocalizedText(
                en: why,
                vi: "\(paths.config) có \(errors.count) lỗi (`loa check --config \(paths.config)` liệt kê đủ; lỗi đầu tiên: \(errors.first?.description(in: .vi) ?? "?"))")
            guard let saved = LastValidConfiguration(path: paths.lastValidConfig).read(), let main = saved.sources.first else {
                logger.critical("\(LocalizedText(en: "loa cannot start: \(whyText.en), and there is no earlier valid configuration to air instead.", vi: "loa không khởi động được: \(whyText.vi), và không có cấu hình hợp lệ nào trước đó để phát thay.").journal)")
                return nil
            }
            switch ProgrammeLoader.load(main: main, dropIns: Array(saved.sources.dropFirst()), nowMs: nowMs, probe: probe,
                                       speechCache: paths.speechCache) {
            case .loaded(var programme, _, _):
                let since = programme.resolver.local(nowMs)
                programme.fallback = "airing the last valid configuration (revision \(saved.revision), loaded \(saved.loaded)) since \(since.date) \(since.time), because \(why)"
                logger.critical("\(LocalizedText(en: "THE CONFIGURATION CANNOT BE USED: \(programme.fallback ?? ""). Fix it; loa reloads it by itself once it is valid.", vi: "KHÔNG DÙNG ĐƯỢC CẤU HÌNH: \(whyText.vi). Đang phát cấu hình hợp lệ gần nhất (phiên bản \(saved.revision), nạp lúc \(saved.loaded)) từ \(since.date) \(since.time). Hãy sửa lỗi; khi cấu hình hợp lệ, loa tự nạp lại.").journal)")
                reportItemFaults(programme)
                return programme
            case .refused(let kept):
                logger.critical("\(LocalizedText(en: "loa cannot start: \(whyText.en); the last valid configuration kept in \(paths.lastValidConfig) cannot be used either: \(kept.first?.description ?? "?")", vi: "loa không khởi động được: \(whyText.vi); cấu hình hợp lệ gần nhất lưu ở \(paths.lastValidConfig) cũng không dùng được: \(kept.first?.description(in: .vi) ?? "?")").journal)")
                return nil
            }
        }
    }

    /// A reload: the new programme, or nil (with the errors in the journal) when it is refused.
    func reload(nowMs: Int64) -> (programme: Programme?, refused: [Diagnostic]) {
        switch ProgrammeLoader.load(configPath: paths.config, nowMs: nowMs, probe: probe, speechCache: paths.speechCache) {
        case .loaded(let programme, let warnings, let sources):
            for w in warnings { logger.warning("\(w.journalLine)") }
            reportItemFaults(programme)
            keep(programme, sources: sources, nowMs: nowMs, resolver: programme.resolver)
            return (programme, [])
        case .refused(let diagnostics):
            return (nil, diagnostics)
        }
    }

    func reportItemFaults(_ programme: Programme) {
        for d in programme.itemFaults {
            logger.error("\(d.journalLine)\(LocalizedText(en: " — only this item fails (logged failed when it is due); everything else airs.", vi: " — chỉ riêng mục này hỏng (đến giờ sẽ ghi là failed); mọi mục khác vẫn phát.").journal)")
        }
    }

    private func keep(_ programme: Programme, sources: [ConfigSource], nowMs: Int64, resolver: LocalTimeResolver) {
        let (d, t) = resolver.local(nowMs)
        let saved = LastValidConfiguration.Saved(revision: programme.revision, configPath: paths.config, loaded: "\(d) \(t)", sources: sources)
        do { try LastValidConfiguration(path: paths.lastValidConfig).save(saved) } catch {
            logger.warning("\(LocalizedText(en: "cannot keep a copy of this valid configuration in \(paths.lastValidConfig): \(error)", vi: "không lưu được bản sao của cấu hình hợp lệ này vào \(paths.lastValidConfig): \(error)").journal)")
        }
    }
}
