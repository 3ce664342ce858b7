import Foundation
import LoaTestSupport

/// The example station's audio is made by the set-up; make it here too when a test runs first.
func ensureExampleAudio() throws {
    let jingle = Paths.root + "/config/audio/nhac-hieu.wav"
    if FileManager.default.fileExists(atPath: jingle) { return }
    let result = try run("/bin/bash", [Paths.root + "/scripts/make-example-audio"])
    guard result.status == 0 else { throw CLITestFailure("make-example-audio failed: \(result.stderr)") }
}

struct CLITestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
