import CALSA
import Foundation

/// One open ALSA playback PCM, with the calls the player uses.
///
/// Not Sendable on purpose: it belongs to the output thread that opened it, so no blocking ALSA call
/// ever runs on Swift's cooperative pool. The handle is closed in `deinit`, so every path frees it.
final class PCM {
    let name: String
    private(set) var format: PCMFormat
    /// Underruns recovered since opening.
    private(set) var underruns = 0
    private let handle: OpaquePointer

    /// How long a write may wait for room before the device is taken to have stalled. Hardware that
    /// disappears usually returns ENODEV at once; this bounds the rest so the player never hangs.
    let stallTimeoutMs: Int32 = 2000

    /// Opens without blocking (a busy device answers EBUSY at once instead of waiting for its owner)
    /// and keeps the handle non-blocking, so every wait below has a timeout.
    init(name: String, request: PCMRequest) throws(ALSAError) {
        var pcm: OpaquePointer?
        try alsaCheck(snd_pcm_open(&pcm, name, SND_PCM_STREAM_PLAYBACK, SND_PCM_NONBLOCK), "snd_pcm_open", device: name)
        guard let pcm else { throw ALSAError(function: "snd_pcm_open", code: -ENODEV, device: name) }
        self.name = name
        self.handle = pcm
        self.format = PCMFormat(rate: request.rate, channels: request.channels, periodFrames: 0, bufferFrames: 0)
        // From here on `deinit` closes the handle if configuring fails.
        self.format = try configure(request)
    }

    deinit {
        snd_pcm_close(handle)
    }

    private func configure(_ request: PCMRequest) throws(ALSAError) -> PCMFormat {
        var hwOptional: OpaquePointer?
        try check(snd_pcm_hw_params_malloc(&hwOptional), "snd_pcm_hw_params_malloc")
        guard let hw = hwOptional else { throw ALSAError(function: "snd_pcm_hw_params_malloc", code: -ENOMEM, device: name) }
        defer { snd_pcm_hw_params_free(hw) }
        try check(snd_pcm_hw_params_any(handle, hw), "snd_pcm_hw_params_any")
        try check(snd_pcm_hw_params_set_access(handle, hw, SND_PCM_ACCESS_RW_INTERLEAVED), "snd_pcm_hw_params_set_access")
        try check(snd_pcm_hw_params_set_format(handle, hw, SND_PCM_FORMAT_S16_LE), "snd_pcm_hw_params_set_format")
        // We resample with libsoxr, which sounds better than the plug plugin's linear resampler.
        try check(snd_pcm_hw_params_set_rate_resample(handle, hw, 0), "snd_pcm_hw_params_set_rate_resample")
        var channels = UInt32(request.channels)
        try check(snd_pcm_hw_params_set_channels_near(handle, hw, &channels), "snd_pcm_hw_params_set_channels_near")
        var rate = UInt32(request.rate)
        try check(snd_pcm_hw_params_set_rate_near(handle, hw, &rate, nil), "snd_pcm_hw_params_set_rate_near")
        var bufferTime = UInt32(request.bufferMicroseconds)
        try check(snd_pcm_hw_params_set_buffer_time_near(handle, hw, &bufferTime, nil), "snd_pcm_hw_params_set_buffer_time_near")
        var periodTime = UInt32(request.periodMicroseconds)
        try check(snd_pcm_hw_params_set_period_time_near(handle, hw, &periodTime, nil), "snd_pcm_hw_params_set_period_time_near")
        try check(snd_pcm_hw_params(handle, hw), "snd_pcm_hw_params")

        var period = snd_pcm_uframes_t(0)
        var buffer = snd_pcm_uframes_t(0)
        try check(snd_pcm_hw_params_get_period_size(hw, &period, nil), "snd_pcm_hw_params_get_period_size")
        try check(snd_pcm_hw_params_get_buffer_size(hw, &buffer), "snd_pcm_hw_params_get_buffer_size")

        var swOptional: OpaquePointer?
        try check(snd_pcm_sw_params_malloc(&swOptional), "snd_pcm_sw_params_malloc")
        guard let sw = swOptional else { throw ALSAError(function: "snd_pcm_sw_params_malloc", code: -ENOMEM, device: name) }
        defer { snd_pcm_sw_params_free(sw) }
        try check(snd_pcm_sw_params_current(handle, sw), "snd_pcm_sw_params_current")
        // Start as soon as the pre-rolled first buffer is written, at the scheduled instant.
        try check(snd_pcm_sw_params_set_start_threshold(handle, sw, period), "snd_pcm_sw_params_set_start_threshold")
        try check(snd_pcm_sw_params_set_avail_min(handle, sw, period), "snd_pcm_sw_params_set_avail_min")
        try check(snd_pcm_sw_params(handle, sw), "snd_pcm_sw_params")

        return PCMFormat(rate: Int(rate), channels: Int(channels), periodFrames: Int(period), bufferFrames: Int(buffer))
    }

    /// Writes every frame, waiting for room as needed; recovers underruns (counted) and throws on
    /// anything else, including a device that stays full for `stallTimeoutMs`.
    func write(_ samples: UnsafeBufferPointer<Int16>, frames: Int) throws(ALSAError) {
        guard var base = samples.baseAddress, frames > 0 else { return }
        var left = frames
        var waitedMs: Int32 = 0
        while left > 0 {
            let n = snd_pcm_writei(handle, base, snd_pcm_uframes_t(left))
            if n >= 0 {
                left -= Int(n)
                base += Int(n) * format.channels
                waitedMs = 0
                continue
            }
            let code = Int32(n)
            if code == -EAGAIN {
                let slice: Int32 = 100
                let ready = snd_pcm_wait(handle, slice)
                if ready == 0 {
                    waitedMs += slice
                    if waitedMs >= stallTimeoutMs {
                        throw ALSAError(function: "snd_pcm_wait", code: -ETIMEDOUT, device: name)
                    }
                } else if ready < 0 {
                    try recover(ready, after: "snd_pcm_wait")
                }
                continue
            }
            try recover(code, after: "snd_pcm_writei")
        }
    }

    /// `snd_pcm_recover` handles underruns (EPIPE), suspends (ESTRPIPE) and interruptions (EINTR);
    /// anything it cannot recover is thrown with the function that first failed.
    private func recover(_ code: Int32, after function: String) throws(ALSAError) {
        if code == -EPIPE { underruns += 1 }
        guard code == -EPIPE || code == -ESTRPIPE || code == -EINTR else {
            throw ALSAError(function: function, code: code, device: name)
        }
        let result = snd_pcm_recover(handle, code, 1)
        if result < 0 { throw ALSAError(function: function, code: code, device: name) }
    }

    /// Takes back up to `frames` queued frames that have not been played yet, so a stop does not have to
    /// wait for the whole buffer; returns how many were taken back (0 where the device cannot rewind).
    func rewind(upTo frames: Int) -> Int {
        let possible = snd_pcm_rewindable(handle)
        guard possible > 0, frames > 0 else { return 0 }
        let done = snd_pcm_rewind(handle, snd_pcm_uframes_t(min(Int(possible), frames)))
        return done > 0 ? Int(done) : 0
    }

    /// Plays out what is queued. Blocking mode for this one call: a non-blocking drain returns EAGAIN.
    func drain() throws(ALSAError) {
        try check(snd_pcm_nonblock(handle, 0), "snd_pcm_nonblock")
        defer { snd_pcm_nonblock(handle, 1) }
        let result = snd_pcm_drain(handle)
        if result < 0, result != -EPIPE { throw ALSAError(function: "snd_pcm_drain", code: result, device: name) }
    }

    @discardableResult
    private func check(_ result: Int32, _ function: String) throws(ALSAError) -> Int32 {
        try alsaCheck(result, function, device: name)
    }
}
