import CSoxr

/// libsoxr's quality recipes, by the names the settings use.
///
/// libsoxr rather than libsamplerate: on 44.1 → 48 kHz, soxr's `high` keeps a 132 dB signal-to-noise
/// ratio and a flat response to 20 kHz, where libsamplerate's fastest sinc kept 80–119 dB and was 11 dB
/// down at 19 kHz, and soxr does it in a quarter of the CPU (benchmarks/resampler-quality, BENCHMARKS.md,
/// issue 11). Playing an MP3 made at 44.1 kHz was mostly resampling before.
public enum ResampleQuality: String, Sendable, Hashable, CaseIterable {
    /// 28-bit precision (SOXR_VHQ).
    case veryHigh
    /// 20-bit precision, passband to 91 % of the band (SOXR_HQ): what the player uses.
    case high
    /// 16-bit precision, a wider roll-off (SOXR_MQ).
    case medium

    var recipe: UInt {
        switch self {
        case .veryHigh: return UInt(SOXR_VHQ)
        case .high: return UInt(SOXR_HQ)
        case .medium: return UInt(SOXR_MQ)
        }
    }
}

/// A streaming sample-rate converter over libsoxr. One per item, so each item's length comes out as its
/// own length times the ratio (soxr trims its filter's delay), and the state is freed in `deinit`.
final class Resampler {
    let ratio: Double
    private let state: soxr_t

    init(from inputRate: Int, to outputRate: Int, channels: Int, quality: ResampleQuality) throws(ResamplerError) {
        var error: soxr_error_t?
        var io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I)
        var q = soxr_quality_spec(quality.recipe, 0)
        // One thread: the output thread that owns this converter; soxr may otherwise start a pool of its own.
        var runtime = soxr_runtime_spec(1)
        let state = soxr_create(Double(inputRate), Double(outputRate), UInt32(channels), &error, &io, &q, &runtime)
        guard let state, error == nil else {
            throw ResamplerError(message: error.map { String(cString: $0) } ?? "soxr_create failed")
        }
        self.state = state
        self.ratio = Double(outputRate) / Double(inputRate)
    }

    deinit {
        soxr_delete(state)
    }

    /// Converts what it can; returns (input frames used, output frames made). With `endOfInput` and no
    /// input left, flushes the filter's tail: call again until it makes nothing.
    func process(input: UnsafePointer<Float>, frames: Int, output: UnsafeMutablePointer<Float>, capacity: Int,
                 endOfInput: Bool) throws(ResamplerError) -> (used: Int, made: Int) {
        var used = 0
        var made = 0
        // soxr is told the input has ended by a null input; frames still given are converted first.
        let flushing = endOfInput && frames == 0
        let error = soxr_process(state, flushing ? nil : UnsafeRawPointer(input), flushing ? 0 : frames, &used,
                                 UnsafeMutableRawPointer(output), capacity, &made)
        if let error { throw ResamplerError(message: String(cString: error)) }
        return (used, made)
    }
}

public struct ResamplerError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { "sample-rate conversion failed: \(message)" }
}
