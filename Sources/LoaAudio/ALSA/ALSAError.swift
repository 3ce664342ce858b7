import CALSA

/// A failed ALSA call: which function, its error code and ALSA's own words for it.
public struct ALSAError: Error, Hashable, Sendable, CustomStringConvertible {
    public var function: String
    /// Negative errno, as ALSA returns it.
    public var code: Int32
    public var message: String
    /// The PCM it was about, when there was one.
    public var device: String?

    public init(function: String, code: Int32, device: String? = nil) {
        self.function = function
        self.code = code
        self.message = String(cString: snd_strerror(code))
        self.device = device
    }

    public var description: String {
        let on = device.map { " on \"\($0)\"" } ?? ""
        let detail = "\(function)\(on): \(message)"
        if function == "snd_pcm_open", code == -ENOENT || code == -ENODEV {
            return "there is no ALSA device \"\(device ?? "?")\" (\(detail)); `loa devices` lists the ones there are"
        }
        if deviceIsBusy, function == "snd_pcm_open" {
            return "the device \"\(device ?? "?")\" is in use by another program (\(detail))"
        }
        return detail
    }

    public var deviceIsBusy: Bool { code == -EBUSY || code == -EAGAIN }
}

/// Turns an ALSA return value into a thrown error.
@discardableResult
func alsaCheck(_ result: Int32, _ function: String, device: String? = nil) throws(ALSAError) -> Int32 {
    if result < 0 { throw ALSAError(function: function, code: result, device: device) }
    return result
}
