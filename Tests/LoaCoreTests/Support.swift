import Foundation
@testable import LoaCore

/// Builds configurations from TOML text in memory, as if read from /cfg/loa.toml and /cfg/announcements.d/.
enum TestConfig {
    static func load(_ main: String, _ dropIns: [String: String] = [:]) -> LoadedConfig {
        ConfigLoader.load(
            main: ConfigSource(displayPath: "/cfg/loa.toml", folder: "/cfg", bytes: Array(main.utf8)),
            dropIns: dropIns.sorted { $0.key < $1.key }.map {
                ConfigSource(displayPath: "/cfg/announcements.d/\($0.key)", folder: "/cfg/announcements.d", bytes: Array($0.value.utf8))
            })
    }

    /// A timetable that must load without errors.
    static func timetable(_ main: String, _ dropIns: [String: String] = [:]) throws -> Timetable {
        let loaded = load(main, dropIns)
        guard let t = loaded.timetable, !loaded.diagnostics.hasErrors else {
            throw TestFailure(loaded.diagnostics.sorted.map(\.description).joined(separator: "\n"))
        }
        return t
    }

    static let station = """
    [station]
    name = "Đài truyền thanh xã Cao Lâu"
    timezone = "Asia/Ho_Chi_Minh"
    pause = "2s"

    [zones.toan-xa]
    name = "Toàn xã"
    device = "default"

    [zones.thon-na-mu]
    name = "Thôn Nà Mu"
    device = "plughw:1,0"

    [[slot]]
    id = "sang"
    name = "Buổi sáng"
    start = 06:00:00
    max_length = "5m"
    zones = ["toan-xa", "thon-na-mu"]
    intro = "audio/nhac-hieu.wav"
    outro = "audio/ket-thuc.wav"

    [[slot]]
    id = "chieu"
    name = "Buổi chiều"
    start = "17:30"
    max_length = "5m"
    zones = ["toan-xa", "thon-na-mu"]
    intro = "audio/nhac-hieu.wav"

    """
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Durations for every audio file of a timetable: `seconds` by written name, `fallback` otherwise.
func durations(_ t: Timetable, _ seconds: [String: Double] = [:], fallback: Double = 30) -> [String: Int64] {
    Dictionary(t.audioFiles.map { ($0.path, Int64((seconds[$0.written] ?? fallback) * 1000)) }, uniquingKeysWith: { a, _ in a })
}

func date(_ text: String) -> LocalDate {
    guard case .success(let d) = LocalDate.parse(text) else { preconditionFailure("bad test date \(text)") }
    return d
}

func zone(_ id: String) -> TimeZone {
    guard let tz = TimeZone(identifier: id) else { preconditionFailure("no zone \(id)") }
    return tz
}
