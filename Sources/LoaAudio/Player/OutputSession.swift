import Logging

/// Plays a prepared sequence on one ALSA device, on its own thread: opens the device and decodes the
/// first buffer before the start instant, writes it at the instant, then one period at a time until the
/// sequence ends or a stop is requested. Device faults fail the item on air (a device that cannot be
/// opened, at once); the device is opened again for the next item.
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
        let renderer = SequenceRenderer(items: items, device: device, settings: settings, format: fallbackFormat)
        var report = OutputReport(device: device, items: [], format: nil, firstWriteNs: nil, underruns: 0, stoppedNs: nil)
        var events = ItemEvents(device: device, items: items.count, callback: onEvent)
        var recent = Self.ring(for: fallbackFormat)
        /// The renderer, the report and the ring follow the format the device granted, whenever it opens.
        func adoptFormat() {
            guard case .success(let opened) = pcm else { return }
            renderer.format = opened.format
            report.format = opened.format
            recent = Self.ring(for: opened.format)
        }
        /// Every later opening. A failed handle must be closed first: a hw device opens only once.
        func openDevice() {
            pcm = open()
            adoptFormat()
        }
        adoptFormat()

        // Pre-roll: a whole buffer decoded before the instant, so the first write is immediate.
        var preroll: Chunk?
        if case .success(let device) = pcm {
            preroll = fill(recent, renderer, frames: device.format.bufferFrames)
            // At an instant, nothing but the write stands between it and the first frame (see `write`).
            events.holdingFirst = startNs != nil
        }
        // Real-time for the wait and the first write only (see StartInstant); restored once it is written.
        var priority = startNs == nil ? nil : StartInstant.raise()
        defer { priority?.restore() }
        if let startNs, let priority {
            // Said here, 2 s ahead, never between the instant and the first write.
            logger.debug("\(device): \(priority.describe())", metadata: ["instant": "\(startNs)"])
        }
        if let startNs { StartInstant.wait(untilNs: startNs) }
        // Once more at the instant: a device busy during the pre-roll may be free by now.
        if case .failure = pcm { openDevice() }

        // Rendered and not yet written: the pre-roll, written whole at the instant, then chunks of a third of a
        // second written a period at a time (see `aheadFrames`).
        var pending = preroll
        var reopen = false
        while true {
            if reopen {
                // Here, not where the fault was caught: that iteration's handle is out of scope and closed.
                reopen = false
                openDevice()
            }
            guard case .success(let device) = pcm else {
                // No device: the item that would play fails with the reason, at once; tried again for the next
                // one (another program may have let go of it). Nothing waits, so the sequence's other devices
                // are never held, and a later sequence tries again.
                if case .failure(let error) = pcm {
                    renderer.failCurrentOrNext(reason: "\(error)")
                    report.deviceFault = "\(error)"
                }
                giveUpRendered(renderer, &events)
                pending = nil
                if renderer.isFinished || control.isStopRequested { break }
                openDevice()
                continue
            }
            if control.isStopRequested {
                stop(device, renderer, recent: recent, unwritten: pending, events: &events, report: &report)
                break
            }
            if pending.map({ $0.frames == 0 }) ?? true {
                pending = fill(recent, renderer, frames: Self.aheadFrames(device.format))
            }
            guard var chunk = pending, chunk.frames > 0 else {
                if renderer.isFinished {
                    do { try device.drain() } catch { logger.warning("\(error)") }
                    events.fireAll(&renderer.marks)
                    break
                }
                continue
            }
            // The pre-roll goes out in one write at the instant; every later chunk a period at a time, so a stop
            // still takes effect at the next period.
            let frames = preroll != nil ? chunk.frames : min(chunk.frames, device.format.periodFrames)
            preroll = nil
            do {
                try write(device, chunk.start, frames: frames, renderer: renderer, events: &events, report: &report,
                          afterInstant: { priority?.restore() })
                recent.commit(frames)
                priority?.restore()
                chunk.start += frames * device.format.channels
                chunk.frames -= frames
                pending = chunk
            } catch {
                // The caller reports it (the daemon's journal notes device state changes, `loa play` each item).
                logger.debug("\(error)")
                report.deviceFault = "the device failed: \(error)"
                renderer.failCurrentOrNext(reason: "the device failed: \(error)")
                giveUpRendered(renderer, &events)
                pcm = .failure(error)
                pending = nil
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
    ///
    /// Frames of a chunk rendered and not yet written (`unwritten`) are what the listener would have heard
    /// next: where the device cannot take audio back, the fade is made of them, not of audio further on.
    private func stop(_ device: PCM, _ renderer: SequenceRenderer, recent: RecentFrames, unwritten: Chunk?,
                      events: inout ItemEvents, report: inout OutputReport) {
        renderer.abandon(unwrittenFrom: events.written, reason: "stopped before it began")
        let fadeFrames = settings.fadeMs * device.format.rate / 1000
        let onAir = Int(renderer.currentItemFrames ?? 0)
        let taken = device.rewind(upTo: min(onAir, recent.frames))
        if taken > 0 {
            let fade = min(fadeFrames, taken)
            var samples = recent.last(taken, take: fade)
            Fade.apply(&samples, frames: fade, channels: device.format.channels)
            events.written -= Int64(taken)
            renderer.stopAfterRewind(rewound: taken, fade: fade)
            samples.withUnsafeMutableBufferPointer { b in
                guard let base = b.baseAddress else { return }
                _ = try? write(device, base, frames: fade, renderer: renderer, events: &events, report: &report)
            }
        } else if let next = unwritten, next.frames > 0, renderer.currentItemFrames != nil {
            let n = min(fadeFrames, next.frames)
            Fade.apply(next.start, frames: n, channels: device.format.channels)
            renderer.stopAfterFadeOfRendered(frames: n)
            _ = try? write(device, next.start, frames: n, renderer: renderer, events: &events, report: &report)
        } else {
            let fade = recent.reserve(fadeFrames)
            let n = renderer.renderFade(into: fade, frames: fadeFrames)
            _ = try? write(device, fade, frames: n, renderer: renderer, events: &events, report: &report)
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
            // Reported with each item it fails and by the caller, once per state change: not per attempt.
            logger.debug("cannot open \(device): \(error)")
            return .failure(error)
        }
    }

    /// The ring a device's frames are rendered into: it keeps what the device may still take back (its
    /// buffer and the period being written) besides the largest chunk, the pre-roll of a whole buffer.
    private static func ring(for format: PCMFormat) -> RecentFrames {
        RecentFrames(channels: format.channels, keep: format.bufferFrames + format.periodFrames,
                     largestChunk: max(format.bufferFrames, aheadFrames(format)))
    }

    /// How much is rendered at a time after the pre-roll: whole periods, at least 16,384 frames (a third of a
    /// second at 48 kHz), written a period at a time. A WAV played as it is is then read straight into the
    /// ring in 64 kB reads; rendered a period at a time it was read into a block and copied from there, a
    /// copy aplay does not make (`loa run` and `loa play`: 7 % of the CPU of a 10-minute WAV, BENCHMARKS.md).
    static func aheadFrames(_ format: PCMFormat) -> Int {
        let period = max(format.periodFrames, 1)
        return (16384 + period - 1) / period * period
    }

    /// Frames rendered at the ring's head, to be written from there.
    private struct Chunk {
        var start: UnsafeMutablePointer<Int16>
        var frames: Int
    }

    private func fill(_ recent: RecentFrames, _ renderer: SequenceRenderer, frames: Int) -> Chunk {
        let start = recent.reserve(frames)
        return Chunk(start: start, frames: renderer.render(into: start, frames: frames))
    }

    /// Writes `frames` frames that continue the stream at `events.written`, split where an item starts
    /// or ends, so that each start's event fires just before the write of its first frame and each end's
    /// just after the write of its last. The last item's end waits for the drain.
    ///
    /// Except the first write at a start instant (`events.holdingFirst`): its frames go out first, then
    /// `afterInstant` (the thread back to its own class), then the events at its place, microseconds
    /// later. The daemon's callback takes locks and allocates, sharing both with ordinary threads (the
    /// log's queue, the allocator, the task pool): an ordinary thread preempted by other work while it
    /// holds one keeps the real-time thread from its first frame until it runs again, milliseconds when
    /// both cores are busy. The start is still never written before the instant.
    private func write(_ pcm: PCM, _ base: UnsafeMutablePointer<Int16>, frames: Int, renderer: SequenceRenderer,
                       events: inout ItemEvents, report: inout OutputReport,
                       afterInstant: () -> Void = {}) throws(ALSAError) {
        let underrunsBefore = pcm.underruns
        defer { report.underruns += pcm.underruns - underrunsBefore }
        var holding = events.holdingFirst
        events.holdingFirst = false
        var done = 0
        while done < frames {
            if !holding { events.fireDue(&renderer.marks, starts: true) }
            // Held marks stay pending at this place: the piece runs to the first mark past it.
            let nextMark = holding ? renderer.marks.firstFrame(after: events.written) : renderer.marks.first?.frame
            let toNextMark = nextMark.map { Int($0 - events.written) } ?? Int.max
            let n = min(frames - done, max(toNextMark, 1))
            if report.firstWriteNs == nil { report.firstWriteNs = WallClock.nowNs() }
            // A fault here leaves held marks pending: the caller's fireAll fires them before the failure.
            try pcm.write(UnsafeBufferPointer(start: base + done * pcm.format.channels, count: n * pcm.format.channels), frames: n)
            done += n
            events.written += Int64(n)
            if holding {
                holding = false
                afterInstant()
                events.fireDue(&renderer.marks, starts: true, through: events.written - Int64(n))
            }
        }
        if !renderer.isFinished { events.fireDue(&renderer.marks, starts: false) }
    }
}
