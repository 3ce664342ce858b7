import Foundation
import LoaTestSupport

struct ProcessResult {
    var status: Int32
    /// False when the process died of a signal (a crash), not by exiting.
    var exited: Bool
    var stdout: String
    var stderr: String
}

/// Runs a real child process and collects what it printed.
func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes to the end before waiting, so a chatty child cannot block on a full pipe.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, exited: process.terminationReason == .exit,
                         stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}

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
