import Foundation
@testable import LoaAudio
import Testing

extension AudioTests {
    /// The daemon keeps measurements in a folder, so a restart does not measure every recording again.
    @Suite struct LoudnessCacheTests {
        @Test func aMeasurementIsKeptOnDiskAndReadBackByTheNextProcess() throws {
            let scratch = Scratch()
            try Fixture.write(Fixture.tone(seconds: 1, rate: 48000, channels: 2), to: scratch.path("tin.wav"), rate: 48000, channels: 2)
            let folder = scratch.path("loudness")
            let measured = try LoudnessCache(folder: folder).loudness(path: scratch.path("tin.wav"))
            let stored = try FileManager.default.contentsOfDirectory(atPath: folder)
            #expect(stored.count == 1 && stored.first?.hasSuffix(".json") == true, "\(stored)")
            // Marked on disk: what a fresh cache returns can only have come from there.
            let file = URL(fileURLWithPath: folder).appendingPathComponent(stored[0])
            var marked = measured
            marked.format = "đọc từ đĩa"
            try JSONEncoder().encode(marked).write(to: file)
            #expect(try LoudnessCache(folder: folder).loudness(path: scratch.path("tin.wav")) == marked)
            #expect(measured.durationMs == 1000)
        }
    }
}
