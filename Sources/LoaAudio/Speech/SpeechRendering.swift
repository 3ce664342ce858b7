import Foundation
import LoaCore

/// The step between loading a configuration and checking it: every text announcement is read aloud
/// into the cache (or found there), and its `audio` becomes that file, so the checker's probe gives its
/// length, the planner places it, and the player airs it like any recording.
public enum SpeechRendering {
    public struct Result: Sendable {
        /// The configuration with every rendered notice's audio in place.
        public var loaded: LoadedConfig
        /// By announcement id.
        public var notices: [String: RenderedNotice] = [:]
        /// By announcement id: notices that could not be read aloud. Their audio is a `failedPrefix` path.
        public var failures: [String: SpeechError] = [:]
        /// The sentences each notice was read as, by announcement id (for `loa check`).
        public var sentences: [String: [String]] = [:]
        /// One error per failure, at the announcement's text, for `loa check`.
        public var diagnostics: [Diagnostic] = []
        /// A length for each failed notice (from its text), so the daemon still plans it and logs it as
        /// failed when it is due rather than dropping it unseen.
        public var estimatedDurations: [String: Int64] = [:]
        public var renderedNow = 0
        /// SHA-256 of each notice's text (NFC UTF-8), by its audio path (rendered or failed).
        public var textHashes: [String: String] = [:]
    }

    public static let failedPrefix = SpokenText.placeholderPrefix + "failed/"

    /// Failures are in `diagnostics` as errors and not added to the configuration's: `loa check` adds
    /// them, the daemon logs them as warnings and airs the rest.
    public static func render(_ loaded: LoadedConfig, cacheFolder: String) -> Result {
        var result = Result(loaded: loaded)
        guard var timetable = loaded.timetable else { return result }
        // An engine that hung or is missing is not tried again in the same load: twenty notices would
        // otherwise hold a daemon's start for twenty time limits.
        var brokenEngines: [SpeechSettings.Engine: SpeechError] = [:]
        for (i, a) in timetable.announcements.enumerated() {
            guard let spoken = a.speech else { continue }
            let sentences = SpeechReading.sentences(spoken.text, abbreviations: spoken.settings.abbreviations)
            result.sentences[a.id] = sentences
            let renderer = NoticeRenderer(folder: cacheFolder, engine: ProgramSpeechEngine(settings: spoken.settings))
            do throws(SpeechError) {
                let notice = try renderer.render(text: spoken.text, sentences: sentences, settings: spoken.settings,
                                                 broken: brokenEngines[spoken.settings.engine])
                result.notices[a.id] = notice
                if notice.madeNow { result.renderedNow += 1 }
                timetable.announcements[i].audio = AudioRef(written: a.audio.written, path: notice.path)
                result.textHashes[notice.path] = notice.textSHA256
            } catch {
                switch error {
                case .timedOut, .engineMissing: brokenEngines[spoken.settings.engine] = error
                default: break
                }
                result.failures[a.id] = error
                let path = failedPrefix + a.id
                timetable.announcements[i].audio = AudioRef(written: a.audio.written, path: path)
                result.estimatedDurations[path] = estimatedLengthMs(sentences, settings: spoken.settings)
                result.textHashes[path] = NoticeRenderer.sha256(Array(spoken.text.utf8))
                let key = spoken.file == nil ? "text" : "text_file"
                let place = loaded.locators[a.source.file]?.place(of: key, in: a.source.section)
                result.diagnostics.append(Diagnostic(
                    .error, .speechFailed, file: a.source.file, line: place?.line ?? a.source.line, column: place?.column ?? 1,
                    subject: LocalizedText(en: "announcement \"\(a.id)\"", vi: "thông báo \"\(a.id)\""), keyPath: key,
                    message: LocalizedText(en: "the notice could not be read aloud: \(error).",
                                           vi: "không đọc thành tiếng được thông báo: \(error.text.vi)."),
                    fix: fix(for: error)))
            }
        }
        result.loaded.timetable = timetable
        return result
    }

    private static func fix(for error: SpeechError) -> LocalizedText {
        switch error {
        case .engineMissing:
            return LocalizedText(en: "Install the engine (sudo apt install espeak-ng), or correct command in [speech] of loa.toml.",
                                 vi: "Cài bộ đọc (sudo apt install espeak-ng), hoặc sửa dòng command trong [speech] của loa.toml.")
        case .timedOut:
            return LocalizedText(en: "Check the engine in [speech] (try the command by hand), or raise time_limit.",
                                 vi: "Kiểm tra bộ đọc trong [speech] (chạy thử lệnh bằng tay), hoặc tăng time_limit.")
        case .chime:
            return LocalizedText(en: "Correct chime_before / chime_after, or record the chime again as WAV or MP3.",
                                 vi: "Sửa chime_before / chime_after, hoặc ghi lại tiếng chuông dưới dạng WAV hay MP3.")
        case .nothingToRead:
            return LocalizedText(en: "Write the notice in words.", vi: "Viết nội dung thông báo bằng chữ.")
        default:
            return LocalizedText(en: "Try `loa say --words` and `loa say --output test.wav` with the same text to see what the engine does.",
                                 vi: "Chạy thử `loa say --words` và `loa say --output test.wav` với cùng văn bản để xem bộ đọc làm gì.")
        }
    }

    /// About 14 characters a second at espeak-ng's default pace, with the pauses; only a planning length.
    static func estimatedLengthMs(_ sentences: [String], settings: SpeechSettings) -> Int64 {
        let characters = sentences.reduce(0) { $0 + $1.count }
        let reading = Int64(characters) * 1000 * 150 / (14 * Int64(max(settings.speed, 1)))
        let pauses = Int64(max(sentences.count - 1, 0)) * settings.sentencePauseMs
        return max(1000, (reading + pauses) * (settings.repeatNotice ? 2 : 1))
    }

    /// Where commands keep rendered notices: the user's cache folder, else a temporary one.
    public static var userCacheFolder: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? env["HOME"].map { $0 + "/.cache" }
        if let base {
            let folder = base + "/loa/speech"
            if (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
               access(folder, W_OK) == 0 {
                return folder
            }
        }
        return NSTemporaryDirectory() + "loa-speech-\(getuid())"
    }
}

extension SpeechRendering {
    /// One notice outside a configuration (`loa say`, `loa announce --text`): the same reading and
    /// rendering as a text announcement's.
    public static func renderText(_ text: String, settings: SpeechSettings, cacheFolder: String) throws(SpeechError)
        -> (notice: RenderedNotice, sentences: [String]) {
        let normal = text.replacingOccurrences(of: "\r\n", with: "\n").precomposedStringWithCanonicalMapping
        let sentences = SpeechReading.sentences(normal, abbreviations: settings.abbreviations)
        let renderer = NoticeRenderer(folder: cacheFolder, engine: ProgramSpeechEngine(settings: settings))
        return (try renderer.render(text: normal, sentences: sentences, settings: settings), sentences)
    }

    /// The words the reader makes of `text`, one sentence per element.
    public static func words(_ text: String, abbreviations: [String: String] = [:]) -> [String] {
        SpeechReading.sentences(text.precomposedStringWithCanonicalMapping, abbreviations: abbreviations)
    }
}
