import CSndFile
import Foundation

/// Audio in memory as interleaved floats: one sentence from an engine, a chime, a pause, a whole notice.
struct SpeechClip {
    var sampleRate: Int
    var channels: Int
    var samples: [Float]

    var frames: Int { channels == 0 ? 0 : samples.count / channels }
    var durationMs: Int64 { sampleRate == 0 ? 0 : Int64(frames) * 1000 / Int64(sampleRate) }

    static func silence(ms: Int64, sampleRate: Int, channels: Int) -> SpeechClip {
        SpeechClip(sampleRate: sampleRate, channels: channels,
                   samples: [Float](repeating: 0, count: Int(ms * Int64(sampleRate) / 1000) * channels))
    }

    /// The WAV a program wrote on a pipe. Parsed by hand: an engine writing to a pipe cannot seek back to
    /// fill in its sizes, so espeak-ng (and others) leave placeholders (0x7ffff000) that libsndfile takes
    /// for a cut file; here a data chunk simply runs to the end of what was written.
    static func fromPipedWAV(_ bytes: [UInt8]) -> SpeechClip? {
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WAVE".utf8) else { return nil }
        var at = 12
        var format = 0, channels = 0, rate = 0, bits = 0
        while at + 8 <= bytes.count {
            let id = String(decoding: bytes[at..<at + 4], as: UTF8.self)
            let size = u32(at + 4)
            let body = at + 8
            if id == "fmt ", body + 16 <= bytes.count {
                format = u16(body); channels = u16(body + 2); rate = u32(body + 4); bits = u16(body + 14)
                if format == 0xFFFE, body + 26 <= bytes.count { format = u16(body + 24) }  // WAVE_FORMAT_EXTENSIBLE
            } else if id == "data" {
                guard channels > 0, rate > 0 else { return nil }
                let end = size == 0 || body + size > bytes.count ? bytes.count : body + size
                guard let samples = decode(bytes[body..<end], format: format, bits: bits) else { return nil }
                return SpeechClip(sampleRate: rate, channels: channels, samples: Array(samples.prefix(samples.count / channels * channels)))
            }
            at = body + size + (size & 1)
        }
        return nil
    }

    private static func decode(_ data: ArraySlice<UInt8>, format: Int, bits: Int) -> [Float]? {
        let b = Array(data)
        func word(_ i: Int, bytes n: Int) -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<n { v |= UInt32(b[i + k]) << UInt32(8 * k) }
            return v
        }
        let width = bits / 8
        guard width > 0 else { return nil }
        let count = b.count / width
        var out = [Float](repeating: 0, count: count)
        switch (format, bits) {
        case (1, 8):
            for i in 0..<count { out[i] = (Float(b[i]) - 128) / 128 }
        case (1, 16):
            for i in 0..<count { out[i] = Float(Int16(bitPattern: UInt16(word(2 * i, bytes: 2)))) / 32768 }
        case (1, 24):
            // Shifted into the top of 32 bits so the sign comes along, then back.
            for i in 0..<count { out[i] = Float(Int32(bitPattern: word(3 * i, bytes: 3) << 8) >> 8) / 8_388_608 }
        case (1, 32):
            for i in 0..<count { out[i] = Float(Int32(bitPattern: word(4 * i, bytes: 4))) / 2_147_483_648 }
        case (3, 32):
            for i in 0..<count { out[i] = Float(bitPattern: word(4 * i, bytes: 4)) }
        default:
            return nil
        }
        return out
    }

    /// A file on disk (a chime), through the player's own decoder.
    static func read(path: String) throws(AudioFileError) -> SpeechClip {
        let decoder = try AudioDecoder(path: path)
        var samples: [Float] = []
        var block = [Float](repeating: 0, count: 4096 * decoder.channels)
        while true {
            let n = try block.withUnsafeMutableBufferPointer { b throws(AudioFileError) in try decoder.read(into: b.baseAddress!, frames: 4096) }
            if n == 0 { break }
            samples += block[0..<n * decoder.channels]
        }
        return SpeechClip(sampleRate: decoder.sampleRate, channels: decoder.channels, samples: samples)
    }

    /// The same sound at `rate` with `channels` (down-mixed by averaging, or a mono one copied to each).
    func converted(rate: Int, channels outChannels: Int) throws -> SpeechClip {
        var mapped: [Float]
        if channels == outChannels {
            mapped = samples
        } else {
            mapped = [Float](repeating: 0, count: frames * outChannels)
            for f in 0..<frames {
                var sum: Float = 0
                for c in 0..<channels { sum += samples[f * channels + c] }
                let mono = sum / Float(channels)
                for c in 0..<outChannels {
                    mapped[f * outChannels + c] = channels == 1 || outChannels == 1 || c >= channels ? mono : samples[f * channels + c]
                }
            }
        }
        guard rate != sampleRate, frames > 0 else { return SpeechClip(sampleRate: rate, channels: outChannels, samples: mapped) }
        let resampler = try Resampler(from: sampleRate, to: rate, channels: outChannels, quality: .high)
        let capacity = Int(Double(frames) * resampler.ratio) + 4096
        var output = [Float](repeating: 0, count: capacity * outChannels)
        var used = 0, made = 0
        try mapped.withUnsafeBufferPointer { input in
            try output.withUnsafeMutableBufferPointer { out in
                while true {
                    let step = try resampler.process(input: input.baseAddress! + used * outChannels, frames: frames - used,
                                                     output: out.baseAddress! + made * outChannels, capacity: capacity - made,
                                                     endOfInput: true)
                    used += step.used
                    made += step.made
                    if step.made == 0 && step.used == 0 || made >= capacity { break }
                }
            }
        }
        return SpeechClip(sampleRate: rate, channels: outChannels, samples: Array(output[0..<made * outChannels]))
    }

    /// 16-bit WAV, written beside `path` and renamed into place, so a reader never sees half a file.
    func writeWAV(to path: String) throws {
        let temporary = path + ".part-\(getpid())"
        var info = SF_INFO()
        info.samplerate = Int32(sampleRate)
        info.channels = Int32(channels)
        info.format = Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)
        guard let file = sf_open(temporary, Int32(SFM_WRITE), &info) else {
            throw SpeechError.cannotWrite(path: path, detail: String(cString: sf_strerror(nil)))
        }
        // Clipping, not wrapping, for a chime or voice that reaches full scale.
        var clip: Int32 = 1
        _ = withUnsafeMutablePointer(to: &clip) { sf_command(file, Int32(SFC_SET_CLIPPING), $0, Int32(MemoryLayout<Int32>.size)) }
        let n = samples.withUnsafeBufferPointer { sf_writef_float(file, $0.baseAddress, sf_count_t(frames)) }
        let closed = sf_close(file)
        guard n == frames, closed == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw SpeechError.cannotWrite(path: path, detail: String(cString: strerror(errno)))
        }
    }
}
