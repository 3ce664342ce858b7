import Foundation
import LoaCore

/// What the campaign form holds, as typed: every value goes into the drop-in as written, so that LoaCore's
/// checker — not the page — judges it and names the field.
struct CampaignForm: Sendable {
    /// The drop-in being changed (`x.toml`), nil for a new one.
    var file: String?
    var title = ""
    var from = ""
    var until = ""
    var sessions: [String] = []
    /// t2 … t7, cn; none: every day.
    var days: [String] = []
    var times = "1"
    /// Fixed times, separated by commas: `07:30, 18:00` or `20/11/2026 07:30`.
    var fixedTimes = ""
    var zones: [String] = []
    var priority = "normal"
    /// "audio" (an uploaded recording) or "text" (read aloud).
    var content = "audio"
    /// The token of a recording uploaded for this form.
    var upload: String?
    var text = ""

    init() {}

    init(_ form: FormData) {
        file = form.text("file")
        title = form.text("title") ?? ""
        from = form.text("from") ?? ""
        until = form.text("until") ?? ""
        sessions = form.all("sessions")
        days = form.all("days")
        times = form.text("times") ?? "1"
        fixedTimes = form.text("at") ?? ""
        zones = form.all("zones")
        priority = form.text("priority") ?? "normal"
        content = form.text("content") == "text" ? "text" : "audio"
        upload = form.text("upload").flatMap { Token.isWellFormed($0) ? $0 : nil }
        text = form.text("text") ?? ""
    }

    /// The form filled from a drop-in's first announcement, to change it.
    init(file: String, announcement a: Announcement) {
        self.file = file
        title = a.campaign ?? a.title
        from = a.window.from?.description ?? ""
        until = a.window.until?.description ?? ""
        sessions = a.slots
        switch a.days {
        case .weekdaySet(let set): days = set.sorted().map { ["t2", "t3", "t4", "t5", "t6", "t7", "cn"][$0.rawValue] }
        case .weekdays: days = ["t2", "t3", "t4", "t5", "t6"]
        case .weekends: days = ["t7", "cn"]
        default: days = []
        }
        times = String(a.times)
        fixedTimes = a.fixedTimes.map(\.description).joined(separator: ", ")
        zones = a.zones ?? []
        priority = a.priority.rawValue
        if let speech = a.speech { content = "text"; text = speech.text }
    }

    var fixedTimeList: [String] {
        fixedTimes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
