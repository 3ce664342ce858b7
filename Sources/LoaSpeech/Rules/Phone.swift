extension SentenceReader {
    mutating func readPhone() -> Bool { false }
}
