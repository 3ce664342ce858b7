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
            for w in warnings { logger.warning("\(w.description)") }
            reportItemFaults(programme)
            keep(programme, sources: sources, nowMs: nowMs, resolver: programme.resolver)
            return programme
        case .refused(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            for d in errors { logger.error("\(d.description)") }
            let why = "\(paths.config) has \(errors.count) error\(errors.count == 1 ? "" : "s") (`loa check --config \(paths.config)` lists them; the first: \(errors.first?.description ?? "?"))"
            guard let saved = LastValidConfiguration(path: paths.lastValidConfig).read(), let main = saved.sources.first else {
                logger.critical("loa cannot start: \(why), and there is no earlier valid configuration to air instead.")
                return nil
            }
            switch ProgrammeLoader.load(main: main, dropIns: Array(saved.sources.dropFirst()), nowMs: nowMs, probe: probe,
                                       speechCache: paths.speechCache) {
            case .loaded(var programme, _, _):
                let since = programme.resolver.local(nowMs)
                programme.fallback = "airing the last valid configuration (revision \(saved.revision), loaded \(saved.loaded)) since \(since.date) \(since.time), because \(why)"
                logger.critical("THE CONFIGURATION CANNOT BE USED: \(programme.fallback ?? ""). Fix it; loa reloads it by itself once it is valid.")
                reportItemFaults(programme)
                return programme
            case .refused(let kept):
                logger.critical("loa cannot start: \(why); the last valid configuration kept in \(paths.lastValidConfig) cannot be used either: \(kept.first?.description ?? "?")")
                return nil
            }
        }
    }

    /// A reload: the new programme, or nil (with the errors in the journal) when it is refused.
    func reload(nowMs: Int64) -> (programme: Programme?, refused: [Diagnostic]) {
        switch ProgrammeLoader.load(configPath: paths.config, nowMs: nowMs, probe: probe, speechCache: paths.speechCache) {
        case .loaded(let programme, let warnings, let sources):
            for w in warnings { logger.warning("\(w.description)") }
            reportItemFaults(programme)
            keep(programme, sources: sources, nowMs: nowMs, resolver: programme.resolver)
            return (programme, [])
        case .refused(let diagnostics):
            return (nil, diagnostics)
        }
    }

    func reportItemFaults(_ programme: Programme) {
        for d in programme.itemFaults {
            logger.error("\(d.description) — only this item fails (logged failed when it is due); everything else airs.")
        }
    }

    private func keep(_ programme: Programme, sources: [ConfigSource], nowMs: Int64, resolver: LocalTimeResolver) {
        let (d, t) = resolver.local(nowMs)
        let saved = LastValidConfiguration.Saved(revision: programme.revision, configPath: paths.config, loaded: "\(d) \(t)", sources: sources)
        do { try LastValidConfiguration(path: paths.lastValidConfig).save(saved) } catch {
            logger.warning("cannot keep a copy of this valid configuration in \(paths.lastValidConfig): \(error)")
        }
    }
}
