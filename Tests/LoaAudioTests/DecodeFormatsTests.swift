import CSndFile
import Foundation
@testable import LoaAudio
import Testing

extension AudioTests {
    /// Every format and channel count the issue names decodes to the source's length and samples.
    @Suite struct DecodeFormatsTests {
        static let wavFormats: [(String, Int32, Float)] = [
            ("8-bit", Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_U8), 1.0 / 64),
            ("16-bit", Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16), 0),
            ("24-bit", Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_24), 0),
            ("32-bit", Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_32), 0),
            ("float", Int32(SF_FORMAT_WAV | SF_FORMAT_FLOAT), 0),
        ]

        @Test(arguments: wavFormats.indices)
        func wavDepths(index: Int) throws {
            let (name, format, tolerance) = Self.wavFormats[index]
            let scratch = Scratch()
            let tone = Fixture.tone(seconds: 0.25, rate: 44100, channels: 2, stagger: true)
            try Fixture.write(tone, to: scratch.path("t.wav"), rate: 44100, channels: 2, format: format)
            let decoded = try decodeAll(scratch.path("t.wav"))
            #expect(decoded.count == tone.count, "\(name)")
            let worst = zip(decoded, tone).map { abs($0 - Float($1) / 32768) }.max() ?? 1
            #expect(worst <= tolerance, "\(name): off by \(worst)")
        }

        @Test(arguments: 1...6)
        func channelCountsPlayOnAStereoOutput(channels: Int) async throws {
            let scratch = Scratch()
            let tone = Fixture.tone(seconds: 0.2, rate: 32000, channels: channels, amplitude: 0.9, stagger: true)
            try Fixture.write(tone, to: scratch.path("c.wav"), rate: 32000, channels: channels)
            let (captured, report) = try await playAndCapture([PlayItem(path: scratch.path("c.wav"))], in: scratch)
            #expect(report.items.map(\.outcome) == [.played])
            #expect(abs(captured.count / 2 - 9600) <= 2)
        }

        @Test func sevenChannelsAreRefusedWithTheReason() throws {
            let scratch = Scratch()
            try Fixture.write(Fixture.tone(seconds: 0.1, rate: 8000, channels: 7), to: scratch.path("7.wav"), rate: 8000, channels: 7)
            #expect(throws: AudioFileError.unsupported(path: scratch.path("7.wav"), detail: "7 channels")) {
                try AudioDecoder(path: scratch.path("7.wav"))
            }
        }

        @Test func mp3DecodesToTheSourceLengthWithinOneFrame() throws {
            let scratch = Scratch()
            let tone = Fixture.tone(seconds: 3, rate: 44100, channels: 2)
            try Fixture.write(tone, to: scratch.path("s.wav"), rate: 44100, channels: 2)
            try Fixture.run(["lame", "--quiet", "-b", "128", scratch.path("s.wav"), scratch.path("s.mp3")])
            let frames = try decodeAll(scratch.path("s.mp3")).count / 2
            #expect(abs(frames - 132_300) <= 1152, "got \(frames) frames")
        }

        @Test func oggVorbisDecodesToTheSourceLength() throws {
            let scratch = Scratch()
            try Fixture.write(Fixture.tone(seconds: 2.5, rate: 44100, channels: 2), to: scratch.path("s.wav"), rate: 44100, channels: 2)
            try Fixture.run(["oggenc", "--quiet", "-o", scratch.path("s.ogg"), scratch.path("s.wav")])
            let decoder = try AudioDecoder(path: scratch.path("s.ogg"))
            #expect(decoder.format.hasPrefix("OGA") || decoder.format.hasPrefix("OGG"), "\(decoder.format)")
            #expect(try decodeAll(scratch.path("s.ogg")).count / 2 == 110_250)
        }

        @Test func opusDecodesToTheSourceLength() throws {
            let scratch = Scratch()
            try Fixture.write(Fixture.tone(seconds: 2, rate: 48000, channels: 1), to: scratch.path("s.wav"), rate: 48000, channels: 1)
            try Fixture.run(["opusenc", "--quiet", scratch.path("s.wav"), scratch.path("s.opus")])
            let decoder = try AudioDecoder(path: scratch.path("s.opus"))
            #expect(decoder.format.contains("Opus"), "\(decoder.format)")
            #expect(try decodeAll(scratch.path("s.opus")).count == 96000)
        }

        @Test func truncatedWavIsCaughtWhenOpened() throws {
            let scratch = Scratch()
            try Fixture.write(Fixture.tone(seconds: 1, rate: 48000, channels: 2), to: scratch.path("t.wav"), rate: 48000, channels: 2)
            let whole = try Data(contentsOf: URL(fileURLWithPath: scratch.path("t.wav")))
            try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: scratch.path("cut.wav")))
            #expect {
                try AudioDecoder(path: scratch.path("cut.wav"))
            } throws: { error in
                guard case .truncated = error as? AudioFileError else { return false }
                return true
            }
        }

        /// A stop's fade renders as floats the item that was playing as 16-bit: it goes on from the very
        /// frame the 16-bit reads reached, not from past what they had read ahead.
        @Test func floatsAfterShortsGoOnFromTheSameFrame() throws {
            let scratch = Scratch()
            let tone = Fixture.tone(seconds: 1.0, rate: 48000, channels: 2, stagger: true)
            try Fixture.write(tone, to: scratch.path("t.wav"), rate: 48000, channels: 2)
            let decoder = try AudioDecoder(path: scratch.path("t.wav"))
            #expect(decoder.isPCM16)
            var shorts = [Int16](repeating: 0, count: 2400 * 2)
            let played = try shorts.withUnsafeMutableBufferPointer { b throws -> Int in
                guard let base = b.baseAddress else { return 0 }
                return try decoder.read(into: base, frames: 2400)
            }
            #expect(played == 2400)
            #expect(shorts.elementsEqual(tone.prefix(2400 * 2)), "the 16-bit reads are the file's first 2,400 frames")
            var floats = [Float](repeating: 0, count: 1440 * 2)
            let faded = try floats.withUnsafeMutableBufferPointer { b throws -> Int in
                guard let base = b.baseAddress else { return 0 }
                return try decoder.read(into: base, frames: 1440)
            }
            #expect(faded == 1440)
            let expected = tone[(2400 * 2)..<(3840 * 2)].map { Float($0) / 32768 }
            let firstDifference = zip(floats, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            #expect(firstDifference == nil, "the fade's samples differ from the file's from sample \(firstDifference ?? -1) on")
        }

        private func decodeAll(_ path: String) throws -> [Float] {
            let decoder = try AudioDecoder(path: path)
            var out: [Float] = []
            var block = [Float](repeating: 0, count: 4096 * decoder.channels)
            while true {
                let n = try block.withUnsafeMutableBufferPointer { b throws -> Int in
                    guard let base = b.baseAddress else { return 0 }
                    return try decoder.read(into: base, frames: 4096)
                }
                if n == 0 { break }
                out += block.prefix(n * decoder.channels)
            }
            return out
        }
    }
}
