import Logging

/// Plays a prepared sequence on one ALSA device, on its own thread: opens the device and decodes the
/// first buffer before the start instant, writes it at the instant, then one period at a time until the
/// sequence ends or a stop is requested. Device faults fail the item on air; the device is opened again
/// for the next item.
struct OutputSession {
    let device: String
    let items: [PreparedItem]
    let settings: PlayerSettings
    let startNs: Int64?
    let control: PlaybackControl
    let logger: Logger
    let onEvent: (@Sendable (PlayerEvent) -> Void)?

    /// Blocking: call it on a dedicated thread.
    func run() -> OutputReport {
        var pcm = open()
        let format = (try? pcm.get().format) ?? fallbackFormat
        let renderer = SequenceRenderer(items: items, device: device, settings: settings, format: format)
        var report = OutputReport(device: device, items: [], format: try? pcm.get().format, firstWriteNs: nil, underruns: 0, stoppedNs: nil)
        var buffer = [Int16]()
        var events = ItemEvents(device: device, items: items.count, callback: onEvent)

        // Pre-roll: a whole buffer decoded before the instant, so the first write is immediate.
        var preroll = 0
        if case .success(let device) = pcm {
            preroll = fill(&buffer, renderer, frames: device.format.bufferFrames)
        }
        if let startNs { WallClock.sleep(untilNs: startNs) }
        if case .failure = pcm { pcm = open() }

        var underrunsBefore = 0
        var recent = RecentFrames(channels: format.channels, capacity: format.bufferFrames + format.periodFrames)
        var reopen = false
        while true {
            if reopen {
                // Here, not where the fault was caught: that iteration's handle is out of scope and closed,
                // and a hw device opens only once, so reopening before closing would find it busy.
                reopen = false
                pcm = open()
                if case .success(let reopened) = pcm {
                    renderer.format = reopened.format
                    report.format = reopened.format
                    recent = RecentFrames(channels: reopened.format.channels, capacity: reopened.format.bufferFrames + reopened.format.periodFrames)
                }
            }
            guard case .success(let device) = pcm else {
                // No device: the item that would play fails with the reason; try again for the next one.
                if case .failure(let error) = pcm { renderer.failCurrentOrNext(reason: "\(error)") }
                giveUpRendered(renderer, &events)
                if renderer.isFinished || control.isStopRequested { break }
                pcm = open()
                if case .success(let reopened) = pcm { renderer.format = reopened.format; report.format = reopened.format }
                continue
            }
            if control.isStopRequested {
                stop(device, renderer, recent: recent, buffer: &buffer, events: &events, report: &report)
                break
            }
            let frames = preroll > 0 ? preroll : fill(&buffer, renderer, frames: device.format.periodFrames)
            preroll = 0
            if frames == 0 {
                if renderer.isFinished {
                    do { try device.drain() } catch { logger.warning("\(error)") }
                    events.fireAll(&renderer.marks)
                    break
                }
                continue
            }
            do {
                try write(device, buffer, frames: frames, renderer: renderer, events: &events, report: &report)
                recent.append(buffer, frames: frames)
                report.underruns = underrunsBefore + device.underruns
            } catch {
                logger.error("\(error)")
                renderer.failCurrentOrNext(reason: "the device failed: \(error)")
                giveUpRendered(renderer, &events)
                underrunsBefore += device.underruns
                pcm = .failure(error)
                if renderer.isFinished { break }
                // The item on air has failed with this reason; the next one gets a freshly opened device.
                reopen = true
            }
        }
        if control.isStopRequested { renderer.cancelRest(reason: "stopped before it began") }
        events.fireAll(&renderer.marks)
        report.items = renderer.finalReports
        events.endUnended(report.items)
        return report
    }

    /// A stop takes effect at the next period boundary: everything ALSA still holds is taken back (what
    /// it cannot take back is the period the device is already playing, or for a pipe the one being
    /// written) and replaced by a short fade of the same audio. Where the device cannot take audio back,
    /// the fade follows what is queued.
    ///
    /// Items rendered ahead but not yet written (the pre-roll, when the stop comes before the instant)
    /// never started: they end `notPlayed`, with no fade.
    private func stop(_ device: PCM, _ renderer: SequenceRenderer, recent: RecentFrames, buffer: inout [Int16],
                      events: inout ItemEvents, report: inout OutputReport) {
        renderer.abandon(unwrittenFrom: events.written, reason: "stopped before it began")
        let fadeFrames = settings.fadeMs * device.format.rate / 1000
        let spare = device.rewindable()
        let onAir = Int(renderer.currentItemFrames ?? 0)
        let taken = device.rewind(upTo: min(spare, onAir, recent.frames))
        if taken > 0 {
            let fade = min(fadeFrames, taken)
            var samples = recent.last(taken, take: fade)
            Fade.apply(&samples, frames: fade, channels: device.format.channels)
            events.written -= Int64(taken)
            renderer.stopAfterRewind(rewound: taken, fade: fade)
            _ = try? write(device, samples, frames: fade, renderer: renderer, events: &events, report: &report)
        } else {
            let n = renderer.renderFadeInto(&buffer, frames: fadeFrames, channels: device.format.channels)
            _ = try? write(device, buffer, frames: n, renderer: renderer, events: &events, report: &report)
        }
        report.stoppedNs = WallClock.nowNs()
        try? device.drain()
        events.fireAll(&renderer.marks)
    }

    /// A device fault: what was rendered will not be written, so its marks fire now (the item on air
    /// ended failed) and the count of written frames catches up with the stream.
    private func giveUpRendered(_ renderer: SequenceRenderer, _ events: inout ItemEvents) {
        events.fireAll(&renderer.marks)
        events.written = renderer.streamFrames
    }

    private var fallbackFormat: PCMFormat {
        PCMFormat(rate: settings.request.rate, channels: settings.request.channels, periodFrames: 0, bufferFrames: 0)
    }

    private func open() -> Result<PCM, ALSAError> {
        do {
            return .success(try PCM(name: device, request: settings.request))
        } catch {
            logger.warning("cannot open \(device): \(error)")
            return .failure(error)
        }
    }

    private func fill(_ buffer: inout [Int16], _ renderer: SequenceRenderer, frames: Int) -> Int {
        let samples = frames * renderer.format.channels
        if buffer.count < samples { buffer = [Int16](repeating: 0, count: samples) }
        return buffer.withUnsafeMutableBufferPointer { b in
            guard let base = b.baseAddress else { return 0 }
            return renderer.render(into: base, frames: frames)
        }
    }

    /// Writes `frames` frames that continue the stream at `events.written`, split where an item starts
    /// or ends, so that each start's event fires just before the write of its first frame and each end's
    /// just after the write of its last. The last item's end waits for the drain.
    private func write(_ pcm: PCM, _ buffer: [Int16], frames: Int, renderer: SequenceRenderer,
                       events: inout ItemEvents, report: inout OutputReport) throws(ALSAError) {
        var done = 0
        while done < frames {
            events.fireDue(&renderer.marks, starts: true)
            let toNextMark = renderer.marks.first.map { Int($0.frame - events.written) } ?? Int.max
            let n = min(frames - done, max(toNextMark, 1))
            if report.firstWriteNs == nil { report.firstWriteNs = WallClock.nowNs() }
            try buffer.withUnsafeBufferPointer { (b: UnsafeBufferPointer<Int16>) throws(ALSAError) in
                guard let base = b.baseAddress else { return }
                try pcm.write(UnsafeBufferPointer(start: base + done * pcm.format.channels, count: n * pcm.format.channels), frames: n)
            }
            done += n
            events.written += Int64(n)
        }
        if !renderer.isFinished { events.fireDue(&renderer.marks, starts: false) }
    }
}

extension SequenceRenderer {
    func renderFadeInto(_ buffer: inout [Int16], frames: Int, channels: Int) -> Int {
        let samples = frames * channels
        if buffer.count < samples { buffer = [Int16](repeating: 0, count: samples) }
        return buffer.withUnsafeMutableBufferPointer { b in
            guard let base = b.baseAddress else { return 0 }
            return renderFade(into: base, frames: frames)
        }
    }
}
