extension SentenceReader {
    mutating func readDate() -> Bool { false }
}
