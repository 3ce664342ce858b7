/// A matrix from a file's channels to an output's: how each output channel is made of the inputs.
struct ChannelMap: Equatable {
    let inputs: Int
    let outputs: Int
    /// `weights[out][in]`.
    let weights: [[Float]]

    var isIdentity: Bool { inputs == outputs }

    /// Mono goes to every speaker unchanged; several channels down-mix to mono as their average, which
    /// cannot clip; 5.1 (WAV order L R C LFE Ls Rs) folds to stereo with the usual −3 dB centre and
    /// surrounds, scaled so a full-scale input stays in range; otherwise channels map one to one and the
    /// rest are silent or dropped.
    init(from inputs: Int, to outputs: Int) {
        self.inputs = inputs
        self.outputs = outputs
        var w = [[Float]](repeating: [Float](repeating: 0, count: inputs), count: outputs)
        if inputs == 1 {
            for o in 0..<outputs { w[o][0] = 1 }
        } else if outputs == 1 {
            let speakers = inputs == 6 ? [0, 1, 2, 4, 5] : Array(0..<inputs)
            for i in speakers { w[0][i] = 1 / Float(speakers.count) }
        } else if inputs == 6, outputs == 2 {
            let c: Float = 0.7071
            let scale = 1 / (1 + c + c)
            w[0][0] = scale; w[0][2] = c * scale; w[0][4] = c * scale
            w[1][1] = scale; w[1][2] = c * scale; w[1][5] = c * scale
        } else {
            for o in 0..<min(inputs, outputs) { w[o][o] = 1 }
        }
        self.weights = w
    }

    /// Maps `frames` interleaved frames from `source` into `target`.
    func apply(_ source: UnsafePointer<Float>, _ target: UnsafeMutablePointer<Float>, frames: Int) {
        if isIdentity {
            target.update(from: source, count: frames * inputs)
            return
        }
        if inputs == 1 {
            for f in 0..<frames {
                let v = source[f]
                for o in 0..<outputs { target[f * outputs + o] = v }
            }
            return
        }
        for f in 0..<frames {
            let frame = source + f * inputs
            for o in 0..<outputs {
                var sum: Float = 0
                let row = weights[o]
                for i in 0..<inputs where row[i] != 0 { sum += row[i] * frame[i] }
                target[f * outputs + o] = sum
            }
        }
    }
}
