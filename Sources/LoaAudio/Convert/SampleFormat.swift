import Foundation

/// Float to the output's signed 16-bit samples.
enum SampleFormat {
    /// Scales by 32768 so a 16-bit source read as floats (x / 32768) comes back bit-exact, rounds to
    /// nearest and clips at full scale.
    static func toInt16(_ source: UnsafePointer<Float>, _ target: UnsafeMutablePointer<Int16>, count: Int) {
        for i in 0..<count {
            let scaled = (source[i] * 32768).rounded()
            target[i] = scaled >= 32767 ? 32767 : (scaled <= -32768 ? -32768 : Int16(scaled))
        }
    }

    static func decibelsToFactor(_ db: Double) -> Float { Float(pow(10, db / 20)) }
}
