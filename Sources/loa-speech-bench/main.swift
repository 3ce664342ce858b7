import Foundation
import LoaSpeech

// Times the Vietnamese normaliser over a text file, one notice a line (benchmarks/speech-normaliser).
// Usage: loa-speech-bench RUNS FILE — prints the median of RUNS readings of the whole file.
let arguments = CommandLine.arguments
guard arguments.count == 3, let runs = Int(arguments[1]), runs > 0,
    let text = try? String(contentsOfFile: arguments[2], encoding: .utf8)
else {
    FileHandle.standardError.write(Data("usage: loa-speech-bench RUNS FILE (a UTF-8 text, one notice a line)\n".utf8))
    exit(2)
}
let lines = text.split(separator: "\n").map(String.init)
let reader = VietnameseReader()
var sentences = 0
var words = 0
for line in lines {
    for s in reader.sentences(line) {
        sentences += 1
        words += s.split(separator: " ").count
    }
}
let clock = ContinuousClock()
var times: [Double] = []
for _ in 0..<runs {
    var count = 0
    let elapsed = clock.measure {
        for line in lines { count += reader.sentences(line).count }
    }
    precondition(count == sentences)  // the work is used, so it is not optimised away
    times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}
times.sort()
let median = times[times.count / 2]
let characters = lines.reduce(0) { $0 + $1.count }
print(
    String(
        format: "loa normaliser: %d lines, %d characters, %d sentences, %d words; median of %d runs %.1f ms (min %.1f): %.0f characters/s, %.0f sentences/s",
        lines.count, characters, sentences, words, runs, median * 1000, times[0] * 1000,
        Double(characters) / median, Double(sentences) / median))
