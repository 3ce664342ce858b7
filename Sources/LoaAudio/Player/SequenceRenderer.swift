/// Turns a sequence of items into one continuous stream of output frames: each item converted to the
/// output format, exactly `pauseFrames` of silence between two items that play, nothing before the
/// first or after the last. An item that cannot be opened or breaks off is reported and skipped.
///
/// Not Sendable: it belongs to one output thread.
final class SequenceRenderer {
    private let items: [PreparedItem]
    private let device: String
    private let settings: PlayerSettings
    var format: PCMFormat
    private(set) var reports: [ItemReport?]
    private var next = 0
    private var current: (index: Int, source: ItemSource)?
    /// Opened, waiting for the pause before it to end.
    private var waiting: (index: Int, source: ItemSource)?
    private var pauseLeft = 0
    private var anyPlayed = false
    private(set) var streamFrames: Int64 = 0
    /// Where items start and end in the stream, for the output session to fire as events.
    var marks = StreamMarks()
    private var scratch: [Float] = []

    init(items: [PreparedItem], device: String, settings: PlayerSettings, format: PCMFormat) {
        self.items = items
        self.device = device
        self.settings = settings
        self.format = format
        self.reports = Array(repeating: nil, count: items.count)
    }

    var isFinished: Bool { current == nil && waiting == nil && next >= items.count }

    /// Every item's report, in order; items not reached are `notPlayed`.
    var finalReports: [ItemReport] {
        items.indices.map { i in
            reports[i] ?? ItemReport(item: items[i].item, device: device, outcome: .notPlayed("the sequence ended first"),
                                     startFrame: nil, playedFrames: 0, appliedGainDB: items[i].gainDB, rate: format.rate)
        }
    }

    /// Fills `output` with up to `frames` frames; fewer only when the sequence is over.
    func render(into output: UnsafeMutablePointer<Int16>, frames: Int) -> Int {
        var made = 0
        while made < frames {
            if current == nil, waiting == nil { openNext() }
            if pauseLeft > 0 {
                let n = min(pauseLeft, frames - made)
                (output + made * format.channels).initialize(repeating: 0, count: n * format.channels)
                pauseLeft -= n
                made += n
                streamFrames += Int64(n)
                if pauseLeft == 0 { begin(waiting) ; waiting = nil }
                continue
            }
            guard let playing = current else { break }
            let n = renderItem(playing, into: output + made * format.channels, frames: frames - made)
            made += n
        }
        return made
    }

    /// Renders up to `frames` more frames ramping down to silence, and ends the sequence there: the
    /// item playing is `stopped`, the rest `notPlayed`.
    func renderFade(into output: UnsafeMutablePointer<Int16>, frames: Int) -> Int {
        var made = 0
        if let playing = current {
            made = renderItem(playing, into: output, frames: frames, ramp: true)
            if let c = current, c.index == playing.index { end(c.index, .stopped) }
        }
        cancelRest(reason: "stopped before it began")
        return made
    }

    /// Frames of the item on air rendered so far; nil between items.
    var currentItemFrames: Int64? {
        current.flatMap { reports[$0.index]?.playedFrames }
    }

    /// The first `frames` frames rendered after the written ones, faded out, are written as the stop's fade:
    /// the item on air ends there, `stopped`, and the rest are `notPlayed`. Call after `abandon`, which took
    /// every rendered frame back to the written ones.
    func stopAfterFadeOfRendered(frames: Int) {
        stopOnAir(movedBy: frames)
    }

    /// The device took back `rewound` frames of the item on air and played `fade` frames of them faded
    /// out instead: the item ends there, `stopped`, and the rest are `notPlayed`.
    func stopAfterRewind(rewound: Int, fade: Int) {
        stopOnAir(movedBy: fade - rewound)
    }

    /// The stream's end moves by `frames` (back, when negative), the item on air ends there `stopped`, and
    /// the rest are `notPlayed`.
    private func stopOnAir(movedBy frames: Int) {
        if let c = current {
            reports[c.index]?.playedFrames += Int64(frames)
            streamFrames += Int64(frames)
            end(c.index, .stopped)
        }
        cancelRest(reason: "stopped before it began")
    }

    /// The device broke off: the item on air (or the next one) fails with `reason`, the rest go on.
    func failCurrentOrNext(reason: String) {
        if let c = current { end(c.index, .failed(reason), deviceFault: reason); return }
        if let w = waiting {
            pauseLeft = 0
            waiting = nil
            fail(w.index, reason, deviceFault: true)
            return
        }
        if next < items.count { fail(next, reason, deviceFault: true); next += 1 }
    }

    /// A stop came before anything from `frame` on reached ALSA (rendered ahead: the pre-roll, or the rest
    /// of a chunk): the stream goes back to `frame`. Every item whose first frame lies past it did not
    /// start, so it is `notPlayed`, with no fade and no event but that `ended`; items that had failed there
    /// keep their failure. The item on air at `frame` keeps only the frames written; if it had ended in what
    /// was not written, it was cut there: `stopped`.
    func abandon(unwrittenFrom frame: Int64, reason: String) {
        guard streamFrames > frame else { return }
        var cut: Int?
        for index in reports.indices {
            guard let report = reports[index], let start = report.startFrame, start < frame,
                  start + report.playedFrames > frame else { continue }
            reports[index]?.playedFrames = frame - start
            if current?.index != index {
                cut = index
                if report.outcome == .played { reports[index]?.outcome = .stopped }
            }
        }
        streamFrames = frame
        let unstarted = reports.indices.filter { reports[$0].flatMap(\.startFrame).map { $0 >= frame } ?? false }
        guard let first = [cut, unstarted.first].compactMap({ $0 }).min() else { return }
        if let c = current, unstarted.contains(c.index) { current = nil }
        // Their marks go, and every reported item from the first of them on is ended again in order, so
        // events stay in sequence order.
        let redone = reports.indices.filter { $0 >= first && reports[$0] != nil }
        marks.remove(items: Set(redone), from: frame)
        for index in redone {
            if unstarted.contains(index) {
                fail(index, reason, outcome: .notPlayed(reason))
            } else if let report = reports[index] {
                marks.append(StreamMark(frame: frame, index: index, kind: .ended(report.outcome), deviceFault: report.deviceFault))
            }
        }
    }

    func cancelRest(reason: String) {
        if let w = waiting { fail(w.index, reason, outcome: .notPlayed(reason)) }
        waiting = nil
        pauseLeft = 0
        while next < items.count { fail(next, reason, outcome: .notPlayed(reason)); next += 1 }
    }

    private func renderItem(_ playing: (index: Int, source: ItemSource), into output: UnsafeMutablePointer<Int16>,
                            frames: Int, ramp: Bool = false) -> Int {
        let samples = frames * format.channels
        var failure: String?
        let direct = !ramp && playing.source.passesThrough
        // Floats only for what is converted: a WAV played as it is never needs them.
        if !direct, scratch.count < samples { scratch = [Float](repeating: 0, count: samples) }
        let n = direct ? renderDirect(playing.source, into: output, frames: frames, failure: &failure)
            : scratch.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            let n: Int
            do { n = try playing.source.render(into: base, frames: frames) } catch {
                failure = itemReason(error)
                return 0
            }
            if ramp { Fade.apply(base, frames: n, channels: format.channels, over: frames) }
            SampleFormat.toInt16(base, output, count: n * format.channels)
            return n
        }
        streamFrames += Int64(n)
        reports[playing.index]?.playedFrames += Int64(n)
        if let failure {
            end(playing.index, .failed(failure))
        } else if n < frames, !ramp {
            end(playing.index, .played)
        }
        return n
    }

    private func renderDirect(_ source: ItemSource, into output: UnsafeMutablePointer<Int16>, frames: Int, failure: inout String?) -> Int {
        do { return try source.renderPassingThrough(into: output, frames: frames) } catch {
            failure = itemReason(error)
            return 0
        }
    }

    /// Opens items until one opens; those that do not are reported failed. Decides the pause before it.
    private func openNext() {
        while next < items.count {
            let index = next
            next += 1
            let prepared = items[index]
            if let failure = prepared.failure { fail(index, failure); continue }
            do {
                let decoder = try AudioDecoder(path: prepared.item.path)
                let source = try ItemSource(decoder: decoder, outputRate: format.rate, outputChannels: format.channels,
                                            gainDB: prepared.gainDB, quality: settings.resampleQuality)
                let pause = anyPlayed ? settings.pauseMs * format.rate / 1000 : 0
                if pause > 0 {
                    pauseLeft = pause
                    waiting = (index, source)
                } else {
                    begin((index, source))
                }
                return
            } catch {
                fail(index, itemReason(error))
            }
        }
    }

    private func begin(_ item: (index: Int, source: ItemSource)?) {
        guard let item else { return }
        current = item
        anyPlayed = true
        marks.append(StreamMark(frame: streamFrames, index: item.index, kind: .willStart))
        reports[item.index] = ItemReport(item: items[item.index].item, device: device, outcome: .played,
                                         startFrame: streamFrames, playedFrames: 0, appliedGainDB: items[item.index].gainDB,
                                         rate: format.rate)
    }

    private func end(_ index: Int, _ outcome: ItemReport.Outcome, deviceFault: String? = nil) {
        reports[index]?.outcome = outcome
        reports[index]?.deviceFault = deviceFault
        marks.append(StreamMark(frame: streamFrames, index: index, kind: .ended(outcome), deviceFault: deviceFault))
        if current?.index == index { current = nil }
    }

    private func fail(_ index: Int, _ reason: String, outcome: ItemReport.Outcome? = nil, deviceFault: Bool = false) {
        let fault = deviceFault ? reason : nil
        reports[index] = ItemReport(item: items[index].item, device: device, outcome: outcome ?? .failed(reason),
                                    startFrame: nil, playedFrames: 0, appliedGainDB: items[index].gainDB, rate: format.rate,
                                    deviceFault: fault)
        marks.append(StreamMark(frame: streamFrames, index: index, kind: .ended(outcome ?? .failed(reason)), deviceFault: fault))
    }
}

/// A linear ramp from full level to silence.
enum Fade {
    /// The same ramp over samples already converted, for audio taken back from the device.
    static func apply(_ samples: inout [Int16], frames: Int, channels: Int) {
        samples.withUnsafeMutableBufferPointer { b in
            guard let base = b.baseAddress else { return }
            apply(base, frames: min(frames, b.count / max(channels, 1)), channels: channels)
        }
    }

    /// The same in place, over frames rendered and not yet written.
    static func apply(_ samples: UnsafeMutablePointer<Int16>, frames: Int, channels: Int) {
        guard frames > 0 else { return }
        for f in 0..<frames {
            let factor = Float(frames - f - 1) / Float(frames)
            for c in 0..<channels {
                let i = f * channels + c
                samples[i] = Int16((Float(samples[i]) * factor).rounded())
            }
        }
    }

    /// Scales `frames` frames so that frame k of `length` gets (length − k) / length; what lies past a
    /// short item's end stays silent.
    static func apply(_ samples: UnsafeMutablePointer<Float>, frames: Int, channels: Int, over length: Int) {
        guard length > 0 else { return }
        for f in 0..<frames {
            let factor = Float(length - f - 1) / Float(length)
            for c in 0..<channels { samples[f * channels + c] *= factor }
        }
    }
}
