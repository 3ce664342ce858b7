import Foundation

public struct ProcessResult: Sendable {
    public var status: Int32
    /// False when the process died of a signal (a crash), not by exiting.
    public var exited: Bool
    public var stdout: String
    public var stderr: String
}

/// Runs a real child process to its end and collects what it printed.
///
/// Output goes to temporary files, not pipes: tests run side by side, and a daemon that another test
/// starts meanwhile inherits every pipe open at that moment, so reading a pipe to its end could wait for
/// that daemon to exit.
public func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessResult {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-child-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    defer {
        try? out.close()
        try? err.close()
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    // Decoded as they are: String(contentsOf:) would drop a byte-order mark the test may be looking for.
    let stdout = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
    let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
    return ProcessResult(status: process.terminationStatus, exited: process.terminationReason == .exit, stdout: stdout, stderr: stderr)
}
