extension SentenceReader {
    mutating func readTime() -> Bool { false }
}
