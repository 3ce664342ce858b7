import Foundation
import Synchronization
import LoaCore

/// Turns one sentence (the words to say, already normalised) into audio. One small interface, so a
/// station can swap espeak-ng for a neural voice without loa knowing more than how to run it.
protocol SpeechEngine: Sendable {
    /// Changes whenever the same words could come out differently: part of the cache key.
    var identity: String { get throws(SpeechError) }
    func speak(_ words: String, settings: SpeechSettings, deadlineNs: Int64, limitMs: Int64) throws(SpeechError) -> SpeechClip
}

/// Both engines are programs: a hung or crashing engine is a child process that loa kills at its time
/// limit, never a library call stuck inside the daemon (libespeak-ng keeps global state, is not
/// thread-safe, and a hang inside it could not be stopped).
struct ProgramSpeechEngine: SpeechEngine {
    let settings: SpeechSettings

    init(settings: SpeechSettings) {
        self.settings = settings
    }

    func argv(for s: SpeechSettings) -> [String] {
        switch s.engine {
        case .espeakNG:
            return ["espeak-ng", "-v", s.voice, "-s", "\(s.speed)", "-p", "\(s.pitch)", "--stdin", "--stdout"]
        case .command(let line):
            return ["/bin/sh", "-c", line]
        }
    }

    var identity: String {
        get throws(SpeechError) {
            switch settings.engine {
            case .espeakNG:
                return try Self.espeakVersion()
            case .command(let line):
                // The program's size and time stamp: a new Piper or model file under the same command line renders again.
                let first = line.split(separator: " ").first.map(String.init) ?? ""
                return "command \(line) \(Self.stamp(of: first))"
            }
        }
    }

    func speak(_ words: String, settings s: SpeechSettings, deadlineNs: Int64, limitMs: Int64) throws(SpeechError) -> SpeechClip {
        let finished: TimedProgram.Finished
        do {
            finished = try TimedProgram.run(argv(for: s), input: Array((words + "\n").utf8),
                                            environment: ["LOA_VOICE": s.voice, "LOA_SPEED": "\(s.speed)", "LOA_PITCH": "\(s.pitch)"],
                                            deadlineNs: deadlineNs)
        } catch {
            switch error {
            case .cannotStart(let program, _): throw .engineMissing(program: program)
            case .timedOut(let stderr): throw .timedOut(limitMs: limitMs, stderr: stderr)
            }
        }
        let stderr = String(decoding: finished.stderr, as: UTF8.self)
        // sh reports a command it cannot find as 127, one it cannot run as 126.
        if case .command(let line) = s.engine, finished.status == 127 || finished.status == 126 {
            throw .engineMissing(program: line.split(separator: " ").first.map(String.init) ?? line)
        }
        guard finished.status == 0 else { throw .engineFailed(status: finished.status, stderr: stderr) }
        guard let clip = SpeechClip.fromPipedWAV(finished.stdout) else {
            throw .noAudio(detail: finished.stdout.isEmpty ? "it wrote nothing on its standard output" : "what it wrote is not WAV audio")
        }
        guard clip.samples.contains(where: { abs($0) > 0.001 }) else { throw .noAudio(detail: "it wrote only silence") }
        return clip
    }

    private static let versionCache = Mutex<String?>(nil)

    static func espeakVersion() throws(SpeechError) -> String {
        if let known = versionCache.withLock({ $0 }) { return known }
        let finished: TimedProgram.Finished
        do {
            finished = try TimedProgram.run(["espeak-ng", "--version"], input: [], deadlineNs: TimedProgram.monotonicNs() + 10_000_000_000)
        } catch {
            throw .engineMissing(program: "espeak-ng")
        }
        let version = String(decoding: finished.stdout, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "espeak-ng"
        versionCache.withLock { $0 = version }
        return version
    }

    private static func stamp(of program: String) -> String {
        var path = program
        if !program.contains("/") {
            let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            path = dirs.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? program
        }
        return FileStamp(path: path).map { "\($0.size)-\($0.modifiedNs)" } ?? ""
    }
}
