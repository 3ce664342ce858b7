import Foundation
import LoaTestSupport
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
}

/// Runs a command found on the PATH to its end.
func shell(_ arguments: [String]) throws -> ProcessResult {
    try run("/usr/bin/env", arguments)
}
