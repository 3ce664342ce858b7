import Foundation
import LoaCore
@testable import LoaAudio
import Testing

extension AudioTests {
/// Notices read aloud by the real espeak-ng (as a program and through the `command` engine), cached,
/// joined, chimed, repeated; hung and broken engines killed and reported. Among the serialized audio
/// suites, so the engines' CPU never runs beside a test that measures when samples reach ALSA.
@Suite struct SpeechTests {
    static let sentences = ["ủy ban nhân dân xã thông báo", "ngày mười lăm tháng mười một tiêm chủng tại trạm y tế"]
    static let text = "Ủy ban nhân dân xã thông báo. Ngày 15/11 tiêm chủng tại trạm y tế."

    func render(_ settings: SpeechSettings = SpeechSettings(), sentences: [String] = sentences, text: String = text,
                in scratch: Scratch) throws -> RenderedNotice {
        try NoticeRenderer(folder: scratch.path("cache"), engine: ProgramSpeechEngine(settings: settings))
            .render(text: text, sentences: sentences, settings: settings)
    }

    func clip(_ path: String) throws -> SpeechClip { try SpeechClip.read(path: path) }

    /// RMS over windows of 50 ms: how much of the clip is voice rather than silence.
    func voicedFraction(_ c: SpeechClip) -> Double {
        let window = c.sampleRate / 20 * c.channels
        var voiced = 0, total = 0
        for start in stride(from: 0, to: c.samples.count - window, by: window) {
            let rms = sqrt(c.samples[start..<start + window].reduce(0) { $0 + Double($1 * $1) } / Double(window))
            if rms > 0.01 { voiced += 1 }
            total += 1
        }
        return total == 0 ? 0 : Double(voiced) / Double(total)
    }

    @Test func espeakReadsEachVietnameseVoiceIntoANonSilentWAVOfSpeechLength() throws {
        let scratch = Scratch()
        for voice in SpeechSettings.voices {
            let notice = try render(SpeechSettings(voice: voice), in: scratch)
            let c = try clip(notice.path)
            // Two sentences of 6 and 12 syllables at 150 words a minute: some 3 to 12 seconds.
            #expect(c.durationMs > 3_000 && c.durationMs < 12_000, "\(voice): \(c.durationMs) ms")
            #expect(voicedFraction(c) > 0.4, "\(voice) is mostly voice")
        }
    }

    @Test func theSameNoticeComesFromTheCacheAndAChangedOneIsReadAgain() throws {
        let scratch = Scratch()
        let first = try render(in: scratch)
        #expect(first.madeNow)
        #expect(URL(fileURLWithPath: first.path).lastPathComponent.hasPrefix(first.textSHA256), "the file name starts with the text's hash")
        let again = try render(in: scratch)
        #expect(!again.madeNow && again.path == first.path)
        let slower = try render(SpeechSettings(speed: 100), in: scratch)
        #expect(slower.madeNow && slower.path != first.path, "the voice settings are part of the key")
        let changed = try render(sentences: ["họp thôn lúc bảy giờ"], text: "Họp thôn lúc 7h.", in: scratch)
        #expect(changed.madeNow && changed.textSHA256 != first.textSHA256)
    }

    @Test func sentencesAreJoinedWithThePauseAndRepeatReadsItTwiceWithXinNhacLai() throws {
        let scratch = Scratch()
        let short = try clip(render(SpeechSettings(sentencePauseMs: 200), in: scratch).path)
        let long = try clip(render(SpeechSettings(sentencePauseMs: 2_200), in: scratch).path)
        let added = long.durationMs - short.durationMs
        #expect(added > 1_900 && added < 2_100, "one pause between two sentences: \(added) ms")
        let twice = try clip(render(SpeechSettings(sentencePauseMs: 200, repeatNotice: true), in: scratch).path)
        // Twice the reading, plus "xin nhắc lại" (about a second) and four pauses.
        #expect(twice.durationMs > 2 * short.durationMs + 500 && twice.durationMs < 2 * short.durationMs + 3_000,
                "\(twice.durationMs) against \(short.durationMs)")
    }

    @Test func chimesComeBeforeAndAfterAtTheirOwnLength() throws {
        let scratch = Scratch()
        try Fixture.write(Fixture.tone(seconds: 1.5, rate: 44_100, channels: 2, hz: 880), to: scratch.path("chuong.wav"), rate: 44_100, channels: 2)
        let chime = AudioRef(written: "chuong.wav", path: scratch.path("chuong.wav"))
        let plain = try clip(render(SpeechSettings(sentencePauseMs: 500), in: scratch).path)
        let chimed = try clip(render(SpeechSettings(sentencePauseMs: 500, chimeBefore: chime, chimeAfter: chime), in: scratch).path)
        let added = chimed.durationMs - plain.durationMs
        #expect(added > 3_900 && added < 4_100, "two chimes of 1.5 s and two pauses of 0.5 s: \(added) ms")
        #expect(chimed.channels == 2 && chimed.sampleRate == 44_100, "the stereo chime sets the format")
        // The first second is the chime's tone, not silence.
        let head = chimed.samples.prefix(chimed.sampleRate * 2)
        #expect(head.map { abs($0) }.max() ?? 0 > 0.3)
    }

    @Test func theCommandEngineRunsEspeakNGsOwnCommandLine() throws {
        let scratch = Scratch()
        let settings = SpeechSettings(engine: .command("espeak-ng -v \"$LOA_VOICE\" -s \"$LOA_SPEED\" --stdin --stdout"))
        let notice = try render(settings, in: scratch)
        let c = try clip(notice.path)
        #expect(c.durationMs > 3_000 && voicedFraction(c) > 0.4)
        let direct = try clip(render(SpeechSettings(), in: Scratch()).path)
        #expect(abs(c.durationMs - direct.durationMs) < 300, "the same voice and speed through either engine: \(c.durationMs) vs \(direct.durationMs)")
    }

    @Test func aHungEngineIsKilledAtItsTimeLimitWithEverythingItStarted() async throws {
        let scratch = Scratch()
        let marker = scratch.path("still-running")
        // A shell that starts a child which would outlive it, then hangs.
        let settings = SpeechSettings(engine: .command("(sleep 6; touch \(marker)) & sleep 60"), timeLimitMs: 1_500)
        let started = Date()
        #expect(throws: SpeechError.timedOut(limitMs: 1_500, stderr: "")) { try render(settings, in: scratch) }
        let took = Date().timeIntervalSince(started)
        // Generous above (a loaded machine is slow to start the shell); the engine itself would run 60 s.
        #expect(took >= 1.4 && took < 30, "killed at its limit: \(took) s")
        try await Task.sleep(for: .seconds(6))
        #expect(!FileManager.default.fileExists(atPath: marker), "the engine's own child was killed too")
        let cached = (try? FileManager.default.contentsOfDirectory(atPath: scratch.path("cache"))) ?? []
        #expect(cached.isEmpty, "nothing cached: \(cached)")
    }

    @Test func aFailingMissingOrSilentEngineIsReportedInWords() throws {
        let scratch = Scratch()
        func failure(_ command: String) -> String {
            do {
                _ = try render(SpeechSettings(engine: .command(command)), in: scratch)
                return "no failure"
            } catch {
                return "\(error)"
            }
        }
        let failed = failure("echo 'model not found' >&2; exit 3")
        #expect(failed.contains("exit status 3") && failed.contains("model not found"), "\(failed)")
        #expect(failure("khong-co-chuong-trinh-nay").contains("cannot be started"))
        #expect(failure("echo xin chao").contains("not WAV audio"))
        #expect(failure("cat > /dev/null").contains("wrote nothing"))
        #expect(failure("sox -n -r 22050 -c 1 -b 16 -t wav - trim 0 1").contains("only silence"))
    }

    @Test func aPipedWAVWithPlaceholderSizesIsReadToItsEnd() throws {
        var bytes = Array("RIFF".utf8) + [0x24, 0xF0, 0xFF, 0x7F] + Array("WAVEfmt ".utf8)
        bytes += [16, 0, 0, 0, 1, 0, 1, 0, 0x22, 0x56, 0, 0, 0x44, 0xAC, 0, 0, 2, 0, 16, 0] + Array("data".utf8) + [0x00, 0xF0, 0xFF, 0x7F]
        bytes += [0x00, 0x40, 0x00, 0xC0, 0xFF, 0x7F]
        let c = try #require(SpeechClip.fromPipedWAV(bytes))
        #expect(c.sampleRate == 22_050 && c.channels == 1 && c.samples == [0.5, -0.5, Float(32767) / 32768])
        #expect(SpeechClip.fromPipedWAV(Array("not a wav".utf8)) == nil)
    }
}
}
