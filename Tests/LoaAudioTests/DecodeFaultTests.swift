import Foundation
@testable import LoaAudio
import LoaCore
import LoaTestSupport
import Synchronization
import Testing

extension AudioTests {
    /// Recordings that cannot be decoded get the decoder's own reason, the same from the player and from
    /// the probe `loa check` and the daemon's start-up use; device faults are told apart from file faults
    /// in each item's events and report.
    @Suite struct DecodeFaultTests {
        /// Bad files of every kind the issue found, with the words their reason must hold.
        static func badFiles(in scratch: Scratch) throws -> [(name: String, words: String)] {
            try Fixture.write(Fixture.tone(seconds: 1, rate: 48000, channels: 2), to: scratch.path("whole.wav"), rate: 48000, channels: 2)
            let whole = try Data(contentsOf: URL(fileURLWithPath: scratch.path("whole.wav")))
            var random = SystemRandomNumberGenerator()
            let noise = Data((0..<50_000).map { _ in UInt8.random(in: 0...255, using: &random) })
            try noise.write(to: URL(fileURLWithPath: scratch.path("random.mp3")))
            try noise.write(to: URL(fileURLWithPath: scratch.path("random.wav")))
            try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: scratch.path("cut.wav")))
            try whole.prefix(30).write(to: URL(fileURLWithPath: scratch.path("cut-in-header.wav")))
            try Data().write(to: URL(fileURLWithPath: scratch.path("empty.mp3")))
            try Fixture.write([], to: scratch.path("header-only.wav"), rate: 48000, channels: 2)
            #expect(mkfifo(scratch.path("pipe.wav"), 0o644) == 0)
            return [
                ("random.mp3", "not audio loa can decode (the decoder found no audio frame in it)"),
                ("random.wav", "not audio loa can decode (libsndfile does not recognise its format)"),
                ("cut.wav", "cut short"),
                ("cut-in-header.wav", "not audio loa can decode (libsndfile: Error in WAV file"),
                ("empty.mp3", "the file is empty (0 bytes)"),
                ("header-only.wav", "holds no audio"),
                ("pipe.wav", "not a regular file"),
                ("missing.wav", "does not exist"),
            ]
        }

        @Test func eachBadRecordingFailsWithItsOwnReasonAndNeverAsAMissingFile() async throws {
            let scratch = Scratch()
            let bad = try Self.badFiles(in: scratch)
            try Fixture.write(Fixture.tone(seconds: 0.1, rate: 48000, channels: 2), to: scratch.path("good.wav"), rate: 48000, channels: 2)
            let items = bad.map { PlayItem(path: scratch.path($0.name)) } + [PlayItem(path: scratch.path("good.wav"))]
            let (_, report) = try await playAndCapture(items, in: scratch)
            for (i, (name, words)) in bad.enumerated() {
                let item = report.items[i]
                guard case .failed(let reason) = item.outcome else {
                    Issue.record("\(name): \(item.outcome)")
                    continue
                }
                #expect(reason.contains(words), "\(name): \(reason)")
                #expect(name == "missing.wav" || !reason.contains("does not exist"), "\(name): \(reason)")
                #expect(item.deviceFault == nil, "\(name): a file fault, not the device's")
            }
            #expect(report.items.last?.outcome == .played)
        }

        @Test func theProbeSaysTheSameAndRefusesAFileWithNoAudio() throws {
            let scratch = Scratch()
            for (name, words) in try Self.badFiles(in: scratch) {
                switch SndFileProbe().probe(path: scratch.path(name)) {
                case .success(let info):
                    Issue.record("\(name) passed the probe: \(info)")
                case .failure(.missing):
                    #expect(name == "missing.wav")
                case .failure(.unreadable(let why)):
                    #expect(why.contains(words), "\(name): \(why)")
                }
            }
        }

        /// libmpg123 wrote "Note: Illegal Audio-MPEG-Header … Trying to resync…" to stderr (the journal) for
        /// every damaged MP3; through the real binary, only loa's own words are printed.
        @Test func mpg123SaysNothingOfItsOwnThroughTheRealBinary() throws {
            let scratch = Scratch()
            _ = try Self.badFiles(in: scratch)
            _ = TestALSA.ready
            let result = try run(Paths.loa, ["play", scratch.path("random.mp3"), "--device", "null"],
                                 environment: ProcessInfo.processInfo.environment.merging(["ALSA_CONFIG_PATH": TestALSA.configPath]) { $1 })
            #expect(result.status == 1)
            #expect(result.stdout.contains("the decoder found no audio frame in it"), "\(result.stdout)")
            #expect(!result.stderr.contains("MPEG-Header") && !result.stderr.contains("resync"), "\(result.stderr)")
            #expect(!result.stdout.contains("MPEG-Header"), "\(result.stdout)")
        }

        /// The daemon records per-device outcomes from these events: a device that cannot be opened fails
        /// each of its items with the device's fault, and the other device plays them.
        @Test func aMissingDeviceBesideAGoodOneFailsOnlyItsOwnItemsAndSaysSoInEachEvent() async throws {
            let scratch = Scratch()
            try Fixture.write(Fixture.tone(seconds: 0.2, rate: 48000, channels: 2), to: scratch.path("t.wav"), rate: 48000, channels: 2)
            let good = TestALSA.capture(scratch.path("good.raw"))
            let events = Mutex<[PlayerEvent]>([])
            let report = await Player(settings: PlayerSettings(pauseMs: 0)).play(
                [PlayItem(path: scratch.path("t.wav")), PlayItem(path: scratch.path("nothing.wav")), PlayItem(path: scratch.path("t.wav"))],
                devices: [good, "loa_no_such_device"]) { event in events.withLock { $0.append(event) } }
            let seen = events.withLock { $0 }
            let missing = seen.filter { $0.device == "loa_no_such_device" }
            #expect(missing.allSatisfy { $0.kind != .willStart })
            #expect(missing.count == 3, "one ended per item: \(missing)")
            for event in missing where event.index != 1 {
                #expect(event.deviceFault?.contains("no ALSA device \"loa_no_such_device\"") == true, "\(event)")
            }
            let onGood = seen.filter { $0.device == good }
            #expect(onGood.allSatisfy { $0.deviceFault == nil })
            let goodReport = try #require(report.outputs.first { $0.device == good })
            #expect(goodReport.items.map(\.outcome).first == .played && goodReport.items.last?.outcome == .played)
            #expect(goodReport.deviceFault == nil)
            let missingReport = try #require(report.outputs.first { $0.device == "loa_no_such_device" })
            #expect(missingReport.deviceFault?.contains("no ALSA device") == true)
        }
    }
}
