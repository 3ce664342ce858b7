import CSndFile
import Foundation
import LoaTestSupport
import Testing

/// A fresh temporary folder per test.
struct Scratch {
    let folder: String

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-audio-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder + "/" + name }
}

/// Test audio made in the test: tones written with libsndfile, and lossy files from the encoders the
/// set-up script installs.
enum Fixture {
    /// Interleaved 16-bit samples of a sine tone, the same on every channel unless `stagger` offsets each
    /// channel's frequency (so a channel mix-up shows).
    static func tone(seconds: Double, rate: Int, channels: Int, hz: Double = 440, amplitude: Double = 0.5, stagger: Bool = false) -> [Int16] {
        let frames = Int((seconds * Double(rate)).rounded())
        var out = [Int16](repeating: 0, count: frames * channels)
        for f in 0..<frames {
            for c in 0..<channels {
                let freq = stagger ? hz * Double(c + 1) : hz
                out[f * channels + c] = Int16((amplitude * 32767 * sin(2 * .pi * freq * Double(f) / Double(rate))).rounded())
            }
        }
        return out
    }

    /// Writes 16-bit samples with libsndfile in `format` (a SF_FORMAT_* major|minor pair).
    static func write(_ samples: [Int16], to path: String, rate: Int, channels: Int,
                      format: Int32 = Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)) throws {
        var info = SF_INFO(frames: 0, samplerate: Int32(rate), channels: Int32(channels), format: format, sections: 0, seekable: 0)
        guard let file = sf_open(path, Int32(SFM_WRITE), &info) else {
            throw FixtureError("sf_open(\(path)): \(String(cString: sf_strerror(nil)))")
        }
        defer { sf_close(file) }
        let frames = samples.count / channels
        // Shorts written to a float file are stored unscaled; floats are scaled to ±1 like any decoder's.
        let floats = samples.map { Float($0) / 32768 }
        let written = (format & Int32(SF_FORMAT_SUBMASK)) == Int32(SF_FORMAT_FLOAT)
            ? floats.withUnsafeBufferPointer { sf_writef_float(file, $0.baseAddress, sf_count_t(frames)) }
            : samples.withUnsafeBufferPointer { sf_writef_short(file, $0.baseAddress, sf_count_t(frames)) }
        guard written == frames else { throw FixtureError("wrote \(written) of \(frames) frames to \(path)") }
    }

    /// Runs an encoder (lame, oggenc, opusenc, sox) and fails the test with what it said.
    static func run(_ arguments: [String]) throws {
        let result = try LoaTestSupport.run("/usr/bin/env", arguments)
        guard result.status == 0 else { throw FixtureError("\(arguments.joined(separator: " ")): \(result.stderr)") }
    }

    /// Tones of the given lengths at 48 kHz stereo, each at its own pitch (440 Hz, 550 Hz…), written as
    /// 0.wav, 1.wav… in `scratch`; returns their samples.
    static func writeTones(_ seconds: [Double], in scratch: Scratch) throws -> [[Int16]] {
        let parts = seconds.enumerated().map { tone(seconds: $1, rate: 48000, channels: 2, hz: 440 + 110 * Double($0)) }
        for (i, part) in parts.enumerated() {
            try write(part, to: scratch.path("\(i).wav"), rate: 48000, channels: 2)
        }
        return parts
    }

    /// A captured raw S16_LE file as samples.
    static func readRaw(_ path: String) throws -> [Int16] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return data.withUnsafeBytes { raw in
            (0..<(data.count / 2)).map { Int16(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 2, as: Int16.self)) }
        }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Sign changes of one channel of interleaved samples: twice the frequency times the duration.
func zeroCrossings(_ samples: [Int16], channels: Int, channel: Int = 0) -> Int {
    var count = 0
    var previous: Int16 = 0
    for i in stride(from: channel, to: samples.count, by: channels) {
        let s = samples[i]
        if s != 0 {
            if previous != 0, (s > 0) != (previous > 0) { count += 1 }
            previous = s
        }
    }
    return count
}
