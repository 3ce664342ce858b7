import Foundation
import LoaCore

// The fuzzing harness of the configuration loader and checker (scripts/fuzz-config builds it with
// `--sanitize fuzzer --sanitize address` and -DLOA_FUZZ, and libFuzzer calls the entry point below).
// Built normally, it is a replayer: `loa-fuzz-config FILE…` runs each input once, to reproduce a crash.
//
// An input is the main file, then, after a NUL byte, one announcement file; without a NUL, the same
// bytes are tried as both. Audio is probed by a stand-in (the core is pure): a path's length is made up
// from its name, and names with "x" are missing, so the checker's audio branches run too.

struct MadeUpProbe: AudioProbe {
    func probe(path: String) -> Result<AudioInfo, AudioProbeFailure> {
        if path.contains("x") { return .failure(.missing) }
        if path.contains("q") { return .failure(.unreadable("made up")) }
        let ms = Int64(path.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF }) * 10
        return .success(AudioInfo(durationMs: ms, frames: ms * 8, sampleRate: 8000, channels: 1, format: "WAV"))
    }
}

func checkOnce(_ bytes: [UInt8]) {
    let main: [UInt8]
    let dropIn: [UInt8]
    if let nul = bytes.firstIndex(of: 0) {
        main = Array(bytes[..<nul])
        dropIn = Array(bytes[(nul + 1)...])
    } else {
        main = bytes
        dropIn = bytes
    }
    let loaded = ConfigLoader.load(main: ConfigSource(displayPath: "loa.toml", folder: "/cfg", bytes: main),
                                   dropIns: [ConfigSource(displayPath: "announcements.d/a.toml", folder: "/cfg/announcements.d", bytes: dropIn)])
    let result = ConfigChecker.check(loaded, probe: MadeUpProbe(), today: LocalDate(year: 2023, month: 11, day: 1) ?? .init(daysSinceEpoch: 0))
    for d in result.diagnostics.sorted { _ = (d.description, d.description(in: .vi)) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    checkOnce(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if !LOA_FUZZ
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("loa-fuzz-config: cannot read \(path)\n".utf8))
                exit(1)
            }
            checkOnce([UInt8](data))
            print("\(path): checked")
        }
    }
}
#endif
