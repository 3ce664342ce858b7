import LoaSpeech

/// The words a notice is read as, one sentence per element: LoaSpeech's normaliser, with the station's
/// abbreviations.
enum SpeechReading {
    static func sentences(_ text: String, abbreviations: [String: String]) -> [String] {
        VietnameseReader(abbreviations: abbreviations).sentences(text)
    }
}
