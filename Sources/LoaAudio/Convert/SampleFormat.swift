import Foundation

/// Float to the output's signed 16-bit samples.
enum SampleFormat {
    /// Scales by 32768 so a 16-bit source read as floats (x / 32768) comes back bit-exact, rounds to
    /// nearest (ties to even, which the CPU does in one instruction) and clips at full scale.
    static func toInt16(_ source: UnsafePointer<Float>, _ target: UnsafeMutablePointer<Int16>, count: Int) {
        for i in 0..<count {
            let value = source[i] * 32768
            // A damaged float file can hold NaN, which would trap in the conversion: it becomes silence.
            target[i] = value.isNaN ? 0 : Int16(min(max(value.rounded(.toNearestOrEven), -32768), 32767))
        }
    }

    static func decibelsToFactor(_ db: Double) -> Float { Float(pow(10, db / 20)) }
}
