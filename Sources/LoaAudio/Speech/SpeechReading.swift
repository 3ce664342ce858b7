import Foundation

/// The words a notice is read as, one sentence per element: the normaliser's job.
enum SpeechReading {
    // TEMPORARY until LoaSpeech's VietnameseReader is in main.
    static func sentences(_ text: String, abbreviations: [String: String]) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            if ".!?\n".contains(ch) {
                let s = current.trimmingCharacters(in: .whitespaces)
                if !s.isEmpty { out.append(s.lowercased()) }
                current = ""
            } else {
                current.append(ch)
            }
        }
        let s = current.trimmingCharacters(in: .whitespaces)
        if !s.isEmpty { out.append(s.lowercased()) }
        return out
    }
}
