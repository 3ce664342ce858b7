import LoaAudio
import LoaCore

/// `loa check`'s list of typed notices: how long each reads, and how it begins as the reader says it,
/// so the officer sees "mười lăm tháng mười một" before it airs.
enum SpokenNoticesText {
    static func render(_ t: Timetable, result: CheckResult, speech: SpeechRendering.Result, language: Language = .en) -> String {
        let spoken = t.announcements.filter { $0.speech != nil }
        var out = language == .vi ? "\nThông báo đọc bằng giọng máy (\(spoken.count)):\n" : "\nSpoken notices (\(spoken.count)):\n"
        for a in spoken {
            let length: String
            if case .success(let info)? = result.audio[a.audio.path] {
                length = ConfigDuration.clock(milliseconds: info.durationMs)
            } else {
                length = "?"
            }
            let sentences = speech.sentences[a.id] ?? []
            var reading = sentences.first ?? ""
            if reading.count < 60, sentences.count > 1 { reading += ". " + sentences[1] }
            if reading.count > 120 { reading = String(reading.prefix(119)) + "…" }
            let failed = speech.failures[a.id].map { language == .vi ? "  (CHƯA ĐỌC ĐƯỢC: \($0.text.vi))" : "  (NOT READ: \($0))" } ?? ""
            out += "  \(length.leftPadded(6))  \(a.id): \(reading)\(failed)\n"
        }
        return out
    }
}
