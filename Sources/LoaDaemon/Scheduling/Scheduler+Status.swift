import Foundation
import Logging
import LoaAudio
import LoaCore
import LoaLog

/// What `loa status` and systemd's STATUS= line are told.
extension Scheduler {
    /// Rewrites the status file and systemd's STATUS= line: after every decision, and at every item's
    /// start and end (the recorders call it), so "on air" and "next" are never a session behind.
    public func publishStatus() {
        let now = clock.nowMs()
        var onAir: [PlannedAiring] = []
        var nextInSessions: [PlannedAiring] = []
        var until = wakeAtMs ?? now
        for r in running.values {
            let (playing, notStarted) = r.recorder.progress()
            onAir += playing.map { r.session.items[$0] }
            if let first = notStarted.first { nextInSessions.append(r.session.items[first]) }
            // The session's end as planned: the next rewrite comes then at the latest (or an item's end before).
            let expected = r.session.items.reduce(Int64(0)) { $0 + $1.lengthMs } + 5_000 * Int64(r.session.items.count)
            until = min(until, max(now, r.startedMs + expected))
        }
        // The planned next as of the last decision, unless it has been started since (it was due then).
        let launched = Set(running.values.flatMap { $0.session.items.map(\.identity) })
        let planned = plannedNext.flatMap { launched.contains($0.identity) ? nil : $0 }
        let next = (nextInSessions.filter { $0.kind == .item } + [planned].compactMap { $0 }).min { $0.startMs < $1.startMs }
        onStatus(StatusSnapshot(station: programme.timetable.station.name, updatedMs: now, revision: programme.revision,
                                onAir: onAir.sorted { $0.startMs < $1.startMs }, next: next,
                                faults: health.faults(resolver: programme.resolver) + faults, resolver: programme.resolver,
                                untilMs: until, zones: programme.timetable.zones.map(\.id), refusedReload: refusedReload,
                                itemFaults: programme.itemFaults.map(\.description), fallback: programme.fallback))
    }
}
