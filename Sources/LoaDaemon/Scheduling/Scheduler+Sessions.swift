import Foundation
import Logging
import LoaAudio
import LoaCore
import LoaLog

/// Sessions on the player: started with their recorder, and what their end reports.
extension Scheduler {
    func launch(_ session: AirSession, atMs: Int64, trigger: Trigger, emergency: Bool, request: EmergencyRequest? = nil) {
        let key = session.key + "@\(atMs)"
        launchedSinceRead.formUnion(session.items.map(\.identity.description))
        let control = PlaybackControl()
        var hashes = programme.audioHashes
        if let request, let sha = request.audioSHA256 { hashes[request.audioPath] = sha }
        var texts = programme.textHashes
        if let request, let sha = request.textSHA256 { texts[request.audioPath] = sha }
        let recorder = AiringRecorder(airings: session.items, devices: session.devices, trigger: trigger,
                                      retry: again, revision: programme.revision, writer: writer, logger: logger,
                                      sessionStartMs: atMs,
                                      zoneDevices: Dictionary(programme.timetable.zones.map { ($0.id, $0.device) }, uniquingKeysWith: { a, _ in a }),
                                      audioHashes: hashes, textHashes: texts) { [weak self] in
            Task { await self?.publishStatus() }
        }
        let items = session.items.map { airing in
            PlayItem(path: airing.audio.path, gainDB: airing.gainDB, label: airing.title,
                     failure: programme.speechFailures[airing.audio.path].map { "không đọc được thông báo (the notice could not be read aloud): \($0)" })
        }
        let player = player
        let health = health
        let resolver = programme.resolver, revision = programme.revision
        let zones = Dictionary(grouping: programme.timetable.zones.filter { session.devices.contains($0.device) }, by: \.device)
            .mapValues { $0.map(\.name) }
        // From the programme airing now, so a reload's loudness target or pause applies to the next session.
        let timetable = programme.timetable
        var settings = PlayerSettings(station: timetable.station)
        settings.pauseMs = Int(timetable.pauseMs(of: session.items.first?.slotID.flatMap(timetable.slot)))
        logger.info("\(LocalizedText(en: "starting \(session.items.count) item(s) at \(atMs) on \(session.devices.joined(separator: ", "))", vi: "bắt đầu phát \(session.items.count) mục lúc \(atMs) trên \(session.devices.joined(separator: ", "))").journal)",
                    metadata: ["session": "\(session.key)"])
        let clock = clock
        let task = Task {
            // Every 2 s while it plays, how long each item on air has played goes into the log: a crash or
            // a power cut then leaves how long it played (a write a session second would be more disk for
            // little more truth).
            let progress = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(2))
                    if !Task.isCancelled { recorder.noteProgress(nowMs: clock.nowMs()) }
                }
            }
            let report = await player.play(items, devices: session.devices, startNs: atMs * 1_000_000, settings: settings,
                                           control: control, events: { event in
                // The device's state first: the recorder's change rewrites the status, which shows it.
                health.observe(event, airing: key, zones: zones, resolver: resolver, revision: revision)
                recorder.handle(event)
            })
            progress.cancel()
            self.ended(key, report: report)
        }
        running[key] = Running(session: session, control: control, recorder: recorder, task: task, emergency: emergency, startedMs: atMs,
                               request: request)
    }

    func ended(_ key: String, report: PlaybackReport) {
        guard let r = running.removeValue(forKey: key) else { return }
        // Its rows may still wait for the log (locked by another program): in flight until written.
        unlogged[key] = r.session.items.map(\.identity.description)
        writer.afterPending { [weak self] in Task { await self?.logged(key) } }
        noteUnderruns(report, session: r.session.key)
        r.recorder.faults.forEach(noteFault)
        if let request = r.request {
            let now = clock.nowMs()
            switch r.recorder.finished.first?.outcome {
            case .aired?: request.report(.aired, atMs: now)
            case .interrupted?: request.report(.interrupted, reason: r.recorder.stopReason, atMs: now)
            default:
                let why = r.recorder.faults.joined(separator: "; ")
                request.report(.failed, reason: !why.isEmpty ? why : stopping ? AiringLog.stoppedReason : "không phát được (it could not be played)",
                               atMs: now)
            }
        }
        clock.interrupt()
    }
}
