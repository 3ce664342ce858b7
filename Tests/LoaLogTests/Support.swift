import Foundation
import LoaCore
@testable import LoaLog

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder: Sendable {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("loa-log-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

enum Sample {
    static let campaign = "Tháng hành động vì bình đẳng giới 2023"
    static let date = LocalDate(year: 2023, month: 11, day: 15)!
    static let resolver = LocalTimeResolver(timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!)

    static func start(_ announcement: String = "chu-de", title: String = "Chủ đề Tháng hành động năm 2023",
                      date: LocalDate = date, slot: String = "sang", repetition: Int = 1, zones: [String] = ["toan-xa"],
                      at time: LocalTime = LocalTime(hour: 6, minute: 0)!, campaign: String? = campaign,
                      trigger: Trigger = .schedule) -> AiringStart {
        let identity = AiringIdentity(date: date, slot: slot, announcement: announcement, repetition: repetition, zones: zones)
        let planned = resolver.instant(date, time)
        return AiringStart(identity: identity, kind: .item, plannedStartMs: planned, startMs: planned + 8,
                           announcementID: announcement, title: title, campaign: campaign, devices: ["default"],
                           audioPath: "/etc/loa/announcements.d/audio/\(announcement).wav",
                           audioSHA256: String(repeating: "0f", count: 32), priority: .priority, trigger: trigger,
                           configRevision: "rev-1")
    }

    static func sha256(ofFile path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }
}

/// Runs a command and returns its standard output; throws when it fails.
@discardableResult
func shell(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let out = Pipe(), err = Pipe(), inp = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inp
    try process.run()
    if let input { inp.fileHandleForWriting.write(input) }
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// Where SwiftPM put the package's executables: beside the test bundle.
func productPath(_ name: String) -> String? {
    var candidates: [URL] = []
    if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    for dir in candidates {
        var url = dir
        for _ in 0..<4 {
            let path = url.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
            url = url.deletingLastPathComponent()
        }
    }
    return nil
}
