import Crypto
import Foundation
import LoaCore

/// A notice read aloud and saved: what the planner and the player then treat as an ordinary recording.
public struct RenderedNotice: Hashable, Sendable {
    public var path: String
    /// SHA-256 of the notice's text (NFC, as written): also the start of the file's name.
    public var textSHA256: String
    /// False when the file was already in the cache.
    public var madeNow: Bool
}

/// Reads a notice with an engine, sentence by sentence, joins the sentences with the configured pause,
/// adds the chimes and the repetition, and saves it in `folder` under a name made of the text's hash and
/// a hash of everything that shapes the sound, so an unchanged notice is never read again.
struct NoticeRenderer {
    let folder: String
    let engine: any SpeechEngine

    static let format = "loa-speech-1"

    /// `broken`: the engine already failed this way in the same load; a notice not in the cache fails
    /// with it at once (one in the cache is still found).
    func render(text: String, sentences: [String], settings: SpeechSettings, broken: SpeechError? = nil) throws(SpeechError) -> RenderedNotice {
        let started = TimedProgram.monotonicNs()
        let deadline = started + settings.timeLimitMs * 1_000_000
        let spoken = sentences.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard !spoken.isEmpty else { throw .nothingToRead }
        let textSHA = Self.sha256(Array(text.utf8))
        if let broken, case .engineMissing = broken { throw broken }
        var key = [Self.format, try engine.identity, settings.voice, "\(settings.speed)", "\(settings.pitch)",
                   "\(settings.sentencePauseMs)", "\(settings.repeatNotice)"]
        for chime in [settings.chimeBefore, settings.chimeAfter] {
            guard let chime else { key.append("-"); continue }
            do { key.append(try FileHash.sha256(path: chime.path)) } catch { throw .chime(path: chime.written, detail: "\(error)") }
        }
        key += spoken
        let renderKey = String(Self.sha256(Array(key.joined(separator: "\n").utf8)).prefix(16))
        let path = folder + "/\(textSHA).\(renderKey).wav"
        if FileManager.default.fileExists(atPath: path) {
            return RenderedNotice(path: path, textSHA256: textSHA, madeNow: false)
        }
        if let broken { throw broken }

        var voiced: [SpeechClip] = []
        for sentence in spoken {
            voiced.append(try engine.speak(sentence, settings: settings, deadlineNs: deadline, limitMs: settings.timeLimitMs))
        }
        var again: SpeechClip?
        if settings.repeatNotice {
            again = try engine.speak(SpeechSettings.repeatPhrase.lowercased(), settings: settings, deadlineNs: deadline,
                                     limitMs: settings.timeLimitMs)
        }
        var chimes: [SpeechClip?] = []
        for chime in [settings.chimeBefore, settings.chimeAfter] {
            guard let chime else { chimes.append(nil); continue }
            do { chimes.append(try SpeechClip.read(path: chime.path)) } catch { throw .chime(path: chime.written, detail: "\(error)") }
        }
        let pieces = voiced + [again].compactMap { $0 } + chimes.compactMap { $0 }
        let rate = pieces.map(\.sampleRate).max() ?? 22050
        let channels = min(2, pieces.map(\.channels).max() ?? 1)
        func fit(_ clip: SpeechClip) throws(SpeechError) -> SpeechClip {
            do { return try clip.converted(rate: rate, channels: channels) } catch { throw .noAudio(detail: "\(error)") }
        }
        let pause = SpeechClip.silence(ms: settings.sentencePauseMs, sampleRate: rate, channels: channels)
        var body: [Float] = []
        func append(_ clip: SpeechClip) { body += clip.samples }
        func reading() throws(SpeechError) {
            for (i, clip) in voiced.enumerated() {
                if i > 0 { append(pause) }
                append(try fit(clip))
            }
        }
        if let before = chimes[0] { append(try fit(before)); append(pause) }
        try reading()
        if let again {
            // A longer breath before "Xin nhắc lại", so listeners hear where the second reading starts.
            append(pause); append(pause); append(try fit(again)); append(pause)
            try reading()
        }
        if let after = chimes[1] { append(pause); append(try fit(after)) }

        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw .cannotWrite(path: folder, detail: error.localizedDescription)
        }
        do { try SpeechClip(sampleRate: rate, channels: channels, samples: body).writeWAV(to: path) } catch let e as SpeechError {
            throw e
        } catch {
            throw .cannotWrite(path: path, detail: "\(error)")
        }
        return RenderedNotice(path: path, textSHA256: textSHA, madeNow: true)
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
