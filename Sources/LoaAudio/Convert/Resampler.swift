import CSampleRate

/// libsamplerate's converters, by the names the settings use.
public enum ResampleQuality: String, Sendable, Hashable, CaseIterable {
    case best, medium, fastest

    var converter: Int32 {
        switch self {
        case .best: return Int32(SRC_SINC_BEST_QUALITY)
        case .medium: return Int32(SRC_SINC_MEDIUM_QUALITY)
        case .fastest: return Int32(SRC_SINC_FASTEST)
        }
    }
}

/// A streaming sample-rate converter over libsamplerate's full API. One per item, so each item's
/// length comes out as its own length times the ratio, and the state is freed in `deinit`.
final class Resampler {
    let ratio: Double
    private let state: OpaquePointer

    init(from inputRate: Int, to outputRate: Int, channels: Int, quality: ResampleQuality) throws(ResamplerError) {
        var error: Int32 = 0
        guard let state = src_new(quality.converter, Int32(channels), &error) else {
            throw ResamplerError(message: String(cString: src_strerror(error)))
        }
        self.state = state
        self.ratio = Double(outputRate) / Double(inputRate)
    }

    deinit {
        src_delete(state)
    }

    /// Converts what it can; returns (input frames used, output frames made). With `endOfInput`, call
    /// again until it makes nothing, to flush the filter's tail.
    func process(input: UnsafePointer<Float>, frames: Int, output: UnsafeMutablePointer<Float>, capacity: Int,
                 endOfInput: Bool) throws(ResamplerError) -> (used: Int, made: Int) {
        var data = SRC_DATA(data_in: input, data_out: output, input_frames: frames, output_frames: capacity,
                            input_frames_used: 0, output_frames_gen: 0, end_of_input: endOfInput ? 1 : 0, src_ratio: ratio)
        let error = src_process(state, &data)
        if error != 0 { throw ResamplerError(message: String(cString: src_strerror(error))) }
        return (Int(data.input_frames_used), Int(data.output_frames_gen))
    }
}

public struct ResamplerError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { "sample-rate conversion failed: \(message)" }
}
