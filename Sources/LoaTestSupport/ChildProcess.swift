import Foundation

public struct ProcessResult: Sendable {
    public var status: Int32
    /// False when the process died of a signal (a crash), not by exiting.
    public var exited: Bool
    public var stdout: String
    public var stderr: String
}

/// A real child process, started with its output going to temporary files, not pipes: tests run side by
/// side, and a daemon that another test starts meanwhile inherits every pipe open at that moment, so
/// reading a pipe to its end could wait for that daemon to exit.
public final class Child {
    public let process = Process()
    private let folder: URL
    private let out: FileHandle
    private let err: FileHandle

    public var pid: Int32 { process.processIdentifier }
    /// Where its standard output goes, to read while it still runs (a server printing its port).
    public var stdoutPath: String { folder.appendingPathComponent("stdout").path }

    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("stdout").path, contents: nil)
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("stderr").path, contents: nil)
        out = try FileHandle(forWritingTo: folder.appendingPathComponent("stdout"))
        err = try FileHandle(forWritingTo: folder.appendingPathComponent("stderr"))
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = out
        process.standardError = err
        try process.run()
    }

    deinit {
        try? out.close()
        try? err.close()
        try? FileManager.default.removeItem(at: folder)
    }

    /// `finish()` for async tests: polls instead of blocking one of Swift's few cooperative threads
    /// for as long as the child runs (see `onOwnThread`).
    public func finished() async -> ProcessResult {
        while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
        return finish()
    }

    /// Waits for the process to end and collects what it printed.
    public func finish() -> ProcessResult {
        process.waitUntilExit()
        // Decoded as they are: String(contentsOf:) would drop a byte-order mark the test may be looking for.
        let read = { (name: String) in
            String(decoding: (try? Data(contentsOf: self.folder.appendingPathComponent(name))) ?? Data(), as: UTF8.self)
        }
        return ProcessResult(status: process.terminationStatus, exited: process.terminationReason == .exit,
                             stdout: read("stdout"), stderr: read("stderr"))
    }
}

/// Runs a real child process to its end and collects what it printed.
public func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessResult {
    try Child(executable, arguments, environment: environment).finish()
}
