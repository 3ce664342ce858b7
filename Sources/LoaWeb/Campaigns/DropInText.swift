import Foundation
import LoaCore

/// A campaign form written as the TOML a person writes (`announcements.d/NAME.toml`), with a comment
/// saying who wrote it on the web. Values that read as what they should be are written bare (dates,
/// numbers); anything else is quoted as typed, so the checker reports it at its key in the officer's words.
enum DropInText {
    /// The first line of every drop-in the console writes: the console edits only files that begin with it.
    static let marker = "# Viết bằng loa web / written with loa web"

    static func render(_ form: CampaignForm, id: String, audio: String?, author: String, writtenAt: String,
                       approvedBy: String? = nil) -> String {
        var out = marker + "\n"
        out += "# Người viết / written by: \(oneLine(author)), \(writtenAt)\n\n"
        out += "campaign = \(quoted(form.title))\n"
        if !form.from.isEmpty { out += "from = \(date(form.from))\n" }
        if !form.until.isEmpty { out += "until = \(date(form.until))\n" }
        if let approvedBy { out += "approved_by = \(quoted(approvedBy))\n" }
        out += "\n[[announcement]]\n"
        out += "id = \(quoted(id))\n"
        out += "title = \(quoted(form.title))\n"
        if form.content == "text" {
            out += "text = \(quoted(form.text))\n"
        } else if let audio {
            out += "audio = \(quoted(audio))\n"
        }
        if !form.sessions.isEmpty { out += "slots = \(list(form.sessions))\n" }
        if !form.sessions.isEmpty, form.times != "1" {
            out += "times = \(Int(form.times).map(String.init) ?? quoted(form.times))\n"
        }
        if !form.fixedTimeList.isEmpty { out += "at = \(list(form.fixedTimeList))\n" }
        if !form.days.isEmpty { out += "days = \(list(form.days))\n" }
        if !form.zones.isEmpty { out += "zones = \(list(form.zones))\n" }
        if form.priority != "normal" { out += "priority = \(quoted(form.priority))\n" }
        return out
    }

    /// The same text with `approved_by` set at the top, before the first announcement.
    static func approving(_ text: String, by name: String) -> String {
        var lines = text.components(separatedBy: "\n").filter { !$0.hasPrefix("approved_by = ") }
        let at = lines.firstIndex { $0.hasPrefix("[[announcement]]") } ?? lines.count
        let insertAt = at > 0 && lines[at - 1].isEmpty ? at - 1 : at
        lines.insert("approved_by = \(quoted(name))", at: insertAt)
        return lines.joined(separator: "\n")
    }

    static func isWrittenByConsole(_ text: String) -> Bool { text.hasPrefix(marker) }

    /// A TOML basic string: quotes, backslashes and control characters escaped, so no typed text can end
    /// the string or add a key.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func list(_ items: [String]) -> String { "[" + items.map(quoted).joined(separator: ", ") + "]" }

    private static func date(_ typed: String) -> String {
        if case .success(let d) = LocalDate.parse(typed) { return d.description }
        return quoted(typed)
    }

    private static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}
