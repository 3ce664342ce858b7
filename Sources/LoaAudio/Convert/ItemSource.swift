/// One item converted to the output's rate and channels with its gain applied: decoder → channel map →
/// resampler (only when the rates differ) → gain, pulled a block at a time.
final class ItemSource {
    let decoder: AudioDecoder
    let outputChannels: Int
    private let map: ChannelMap
    private let resampler: Resampler?
    private let gain: Float
    private let chunkFrames = 4096
    private var decoded: [Float]
    /// Mapped frames at the source rate, waiting for the resampler.
    private var pending: [Float]
    private var pendingOffset = 0
    private var pendingFrames = 0
    private var endOfFile = false
    private(set) var finished = false

    init(decoder: AudioDecoder, outputRate: Int, outputChannels: Int, gainDB: Double, quality: ResampleQuality) throws {
        self.decoder = decoder
        self.outputChannels = outputChannels
        self.map = ChannelMap(from: decoder.channels, to: outputChannels)
        self.resampler = decoder.sampleRate == outputRate ? nil
            : try Resampler(from: decoder.sampleRate, to: outputRate, channels: outputChannels, quality: quality)
        self.gain = SampleFormat.decibelsToFactor(gainDB)
        self.decoded = [Float](repeating: 0, count: chunkFrames * decoder.channels)
        self.pending = [Float](repeating: 0, count: chunkFrames * outputChannels)
    }

    /// A 16-bit file at the output's rate and channels with no gain: copied as it is, which is both
    /// bit-exact and the cheapest path (the common case of a WAV made for the station).
    var passesThrough: Bool { resampler == nil && map.isIdentity && gain == 1 && decoder.isPCM16 }

    /// `render` for a source that `passesThrough`.
    func renderPassingThrough(into output: UnsafeMutablePointer<Int16>, frames: Int) throws -> Int {
        var made = 0
        while made < frames, !finished {
            let n = try decoder.read(into: output + made * outputChannels, frames: frames - made)
            if n == 0 { finished = true }
            made += n
        }
        return made
    }

    /// Fills `output` with up to `frames` frames; fewer only when the item has ended.
    func render(into output: UnsafeMutablePointer<Float>, frames: Int) throws -> Int {
        var made = 0
        while made < frames, !finished {
            let target = output + made * outputChannels
            if let resampler {
                made += try resample(resampler, into: target, capacity: frames - made)
            } else {
                let n = try readMapped(into: target, frames: min(frames - made, chunkFrames))
                if n == 0 { finished = true }
                made += n
            }
        }
        if gain != 1 {
            for i in 0..<(made * outputChannels) { output[i] *= gain }
        }
        return made
    }

    private func readMapped(into target: UnsafeMutablePointer<Float>, frames: Int) throws -> Int {
        // Same channels in the same order: decoded where it is wanted, not copied there.
        if map.isIdentity { return try decoder.read(into: target, frames: frames) }
        return try decoded.withUnsafeMutableBufferPointer { buffer throws -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            let n = try decoder.read(into: base, frames: frames)
            map.apply(base, target, frames: n)
            return n
        }
    }

    private func resample(_ resampler: Resampler, into target: UnsafeMutablePointer<Float>, capacity: Int) throws -> Int {
        if pendingOffset == pendingFrames, !endOfFile {
            let n = try pending.withUnsafeMutableBufferPointer { buffer throws -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return try readMapped(into: base, frames: chunkFrames)
            }
            pendingOffset = 0
            pendingFrames = n
            if n == 0 { endOfFile = true }
        }
        let channels = outputChannels
        let left = pendingFrames - pendingOffset
        let (used, made) = try pending.withUnsafeBufferPointer { buffer throws -> (Int, Int) in
            guard let base = buffer.baseAddress else { return (0, 0) }
            return try resampler.process(input: base + pendingOffset * channels, frames: left, output: target,
                                         capacity: capacity, endOfInput: endOfFile)
        }
        pendingOffset += used
        if endOfFile, made == 0, pendingOffset == pendingFrames { finished = true }
        return made
    }
}
