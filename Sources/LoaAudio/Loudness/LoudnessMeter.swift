import CEbur128
import Foundation

/// Measures a whole file with libebur128: integrated loudness and true peak. Decoding the file to the
/// end also proves it is whole, so a damaged file fails here, before it is on air.
public enum LoudnessMeter {
    /// `mono`: measure what a mono zone plays, the file down-mixed to one channel (as `ChannelMap` mixes
    /// it) and counted as one loudspeaker. A stereo file's two channels add their power, so measured as
    /// stereo it reads about 3 dB louder than its mono mix, and a mono zone would play it that much under
    /// the target.
    public static func measure(path: String, mono: Bool = false) throws -> Loudness {
        let decoder = try AudioDecoder(path: path)
        let measured = mono ? 1 : decoder.channels
        guard let state = ebur128_init(UInt32(measured), UInt(decoder.sampleRate),
                                       Int32(EBUR128_MODE_I.rawValue | EBUR128_MODE_TRUE_PEAK.rawValue)) else {
            throw MeterError(message: "libebur128 could not start for \(decoder.channels) channels at \(decoder.sampleRate) Hz")
        }
        var statePointer: UnsafeMutablePointer<ebur128_state>? = state
        defer { ebur128_destroy(&statePointer) }
        if mono {
            // One channel, one loudspeaker: nothing to weight.
        } else if decoder.channels == 1 {
            // A mono file plays on both speakers of a stereo zone: R 128 counts it as dual mono (+3 dB).
            ebur128_set_channel(state, 0, Int32(EBUR128_DUAL_MONO.rawValue))
        } else if decoder.channels == 6 {
            // WAV order L R C LFE Ls Rs; R 128 leaves the LFE out.
            ebur128_set_channel(state, 3, Int32(EBUR128_UNUSED.rawValue))
        }
        let chunk = 16384  // a decoder block or more: read straight into this buffer
        var buffer = [Float](repeating: 0, count: chunk * decoder.channels)
        var mix = [Float](repeating: 0, count: mono ? chunk : 0)
        let down = ChannelMap(from: decoder.channels, to: 1)
        while true {
            let n = try buffer.withUnsafeMutableBufferPointer { b throws -> Int in
                guard let base = b.baseAddress else { return 0 }
                let n = try decoder.read(into: base, frames: chunk)
                guard n > 0 else { return 0 }
                if mono {
                    mix.withUnsafeMutableBufferPointer { m in
                        guard let target = m.baseAddress else { return }
                        down.apply(base, target, frames: n)
                        ebur128_add_frames_float(state, target, n)
                    }
                } else {
                    ebur128_add_frames_float(state, base, n)
                }
                return n
            }
            if n == 0 { break }
        }
        var integrated = 0.0
        let integratedOK = ebur128_loudness_global(state, &integrated) == Int32(EBUR128_SUCCESS.rawValue) && integrated.isFinite
        var peak = 0.0
        for channel in 0..<measured {
            var p = 0.0
            if ebur128_true_peak(state, UInt32(channel), &p) == Int32(EBUR128_SUCCESS.rawValue) { peak = max(peak, p) }
        }
        return Loudness(integratedLUFS: integratedOK ? integrated : nil,
                        truePeakDBTP: peak > 0 ? 20 * log10(peak) : -.infinity,
                        durationMs: decoder.durationMs, frames: decoder.framesRead, sampleRate: decoder.sampleRate,
                        channels: decoder.channels, format: decoder.format)
    }

    public struct MeterError: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
