import Foundation
import Glibc
import LoaCore
import LoaDaemon

/// Writes the console's drop-ins. Nothing reaches announcements.d unchecked: the candidate text is
/// checked with the whole configuration as if it were already in place (ConfigLoader's overlay, the
/// same loader and checker `loa check` runs), and only a text without errors is written — under a
/// hidden temporary name, then renamed (SharedFile), so the daemon never reads half a file.
/// New and changed campaigns go to announcements.d/pending/ (they do not air); approving one adds
/// `approved_by` and moves it up into announcements.d/, where the daemon picks it up.
struct CampaignStore: Sendable {
    let settings: WebSettings
    let uploads: UploadStore

    var dropInFolder: String {
        let folder = (settings.config as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + ConfigLoader.dropInFolderName
    }
    var pendingFolder: String { PendingApproval.folder(mainFile: settings.config) }

    /// Problems by form field (`title`, `from`, `sessions`, `upload`, …); `general` for the rest.
    struct Problems: Sendable {
        var fields: [String: [String]] = [:]
        var warnings: [String] = []
        var isEmpty: Bool { fields.isEmpty }
        mutating func add(_ field: String, _ text: String) { fields[field, default: []].append(text) }
    }

    enum Saved: Sendable {
        case saved(name: String)
        case refused(Problems)
    }

    /// A drop-in name the console may touch: `x.toml`, no folder, not hidden.
    static func isSafeName(_ name: String) -> Bool {
        name.hasSuffix(".toml") && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\") && !name.contains("..")
            && name.utf8.count < 200
    }

    func pendingText(_ name: String) -> String? {
        guard Self.isSafeName(name), let data = FileManager.default.contents(atPath: pendingFolder + "/" + name) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    func activeText(_ name: String) -> String? {
        guard Self.isSafeName(name), let data = FileManager.default.contents(atPath: dropInFolder + "/" + name) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: - Saving

    func save(_ form: CampaignForm, by user: WebAccount, lang: WebLanguage, nowMs: Int64) -> Saved {
        var problems = Problems()
        if form.title.isEmpty { problems.add("title", lang == .vi ? "Hãy nhập tên chiến dịch." : "Write the campaign's name.") }
        if form.content == "text", form.text.isEmpty {
            problems.add("text", lang == .vi ? "Hãy nhập nội dung thông báo." : "Write the notice.")
        }
        // The name of the file: the one being changed (only a console-written one), or a new one from the title.
        let name: String
        var keptAudio: String?
        if let file = form.file {
            guard Self.isSafeName(file), let text = pendingText(file) ?? activeText(file), DropInText.isWrittenByConsole(text) else {
                problems.add("general", lang == .vi ? "Tệp này không do loa web viết nên không sửa được ở đây." : "This file was not written with loa web and cannot be changed here.")
                return .refused(problems)
            }
            name = file
            keptAudio = existingAudio(file, text: text)
        } else {
            name = freshName(Identifiers.slug(form.title).isEmpty ? "chien-dich" : Identifiers.slug(form.title))
        }
        let base = String(name.dropLast(5))
        var placed: String?
        if form.content == "audio" {
            if let token = form.upload {
                do {
                    placed = try uploads.place(token, in: dropInFolder + "/audio", base: base)
                } catch {
                    problems.add("upload", lang == .vi ? "Không tìm thấy bản ghi đã tải lên; hãy tải lên lại." : "The uploaded recording is gone; upload it again.")
                }
            } else if keptAudio == nil {
                problems.add("upload", lang == .vi ? "Hãy tải lên bản ghi âm (MP3, WAV, …)." : "Upload the recording (MP3, WAV, …).")
            }
        }
        guard problems.isEmpty else {
            removePlaced(placed)
            return .refused(problems)
        }
        let audio = placed.map { "audio/" + $0 } ?? keptAudio
        let text = DropInText.render(form, id: base, audio: audio, author: "\(user.displayName) (\(user.name))",
                                     writtenAt: Self.stamp(nowMs))
        let checked = check(name: name, text: text, nowMs: nowMs, lang: lang)
        guard checked.isEmpty else {
            removePlaced(placed)
            return .refused(checked)
        }
        do {
            try SharedFile.makeFolder(pendingFolder, mode: 0o2775)
            try SharedFile.write(Data(text.utf8), to: pendingFolder + "/" + name, mode: 0o644)
        } catch {
            removePlaced(placed)
            problems.add("general", "\(error)")
            return .refused(problems)
        }
        return .saved(name: name)
    }

    // MARK: - Approving

    enum Approved: Sendable {
        case approved
        case refused(Problems)
    }

    func approve(_ name: String, by approver: WebAccount, lang: WebLanguage, nowMs: Int64) -> Approved {
        var problems = Problems()
        guard let text = pendingText(name) else {
            problems.add("general", lang == .vi ? "Không còn chiến dịch này trong danh sách chờ duyệt." : "This campaign no longer waits for approval.")
            return .refused(problems)
        }
        let approved = DropInText.approving(text, by: approver.displayName)
        let checked = check(name: name, text: approved, nowMs: nowMs, lang: lang)
        guard checked.isEmpty else { return .refused(checked) }
        do {
            try SharedFile.write(Data(approved.utf8), to: dropInFolder + "/" + name, mode: 0o644)
        } catch {
            problems.add("general", "\(error)")
            return .refused(problems)
        }
        unlink(pendingFolder + "/" + name)
        return .approved
    }

    /// Takes back a campaign that waits: it never aired, so nothing else changes.
    func withdraw(_ name: String) -> Bool {
        guard Self.isSafeName(name) else { return false }
        return unlink(pendingFolder + "/" + name) == 0
    }

    // MARK: - Checking

    /// The whole configuration with `text` as `announcements.d/NAME`: the problems of that file by field;
    /// errors elsewhere refuse the save too (the daemon would refuse the configuration), said as such.
    func check(name: String, text: String, nowMs: Int64, lang: WebLanguage) -> Problems {
        let result = checkResult(name: name, text: text, nowMs: nowMs)
        var problems = Problems()
        let shown = ConfigLoader.dropInFolderName + "/" + name
        for d in result.diagnostics.sorted {
            let sentence = DiagnosticText.sentence(d, lang)
            if d.severity == .warning {
                if d.code != .notApproved { problems.warnings.append(sentence) }
                continue
            }
            if d.file == shown {
                problems.add(FieldOfKey.field(for: d), sentence)
            } else {
                let place = d.line > 0 ? "\(d.file):\(d.line)" : d.file
                problems.add("general", (lang == .vi ? "Cấu hình hiện có lỗi ở \(place): " : "The configuration has an error in \(place): ") + sentence)
            }
        }
        return problems
    }

    func checkResult(name: String, text: String, nowMs: Int64) -> CheckResult {
        let loaded = ConfigLoader.load(mainFile: settings.config, overlay: [name: Array(text.utf8)])
        return ConfigCheck.run(loaded, settings: settings, nowMs: nowMs)
    }

    // MARK: - Names

    private func freshName(_ base: String) -> String {
        var name = base + ".toml"
        var n = 2
        while FileManager.default.fileExists(atPath: dropInFolder + "/" + name) || FileManager.default.fileExists(atPath: pendingFolder + "/" + name) {
            name = "\(base)-\(n).toml"
            n += 1
        }
        return name
    }

    /// The recording a console-written file already names (kept when the form uploads no new one): read
    /// from the line the console itself wrote, never from the client.
    private func existingAudio(_ name: String, text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix("audio = \"audio/") {
            let value = line.dropFirst("audio = \"".count).dropLast()
            let path = String(value)
            if !path.contains(".."), !path.contains("\\") { return path }
        }
        return nil
    }

    private func removePlaced(_ placed: String?) {
        if let placed { unlink(dropInFolder + "/audio/" + placed) }
    }

    static func stamp(_ ms: Int64) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: Station.defaultTimeZoneID)
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
    }
}

/// The form field a diagnostic of the written drop-in is about, from the key it names.
enum FieldOfKey {
    static func field(for d: Diagnostic) -> String {
        let root = d.keyPath.prefix { $0 != "[" && $0 != "/" }
        switch root {
        case "campaign", "title", "id": return "title"
        case "from": return "from"
        case "until": return "until"
        case "slots": return "sessions"
        case "times": return "times"
        case "at", "every", "between": return "at"
        case "days": return "days"
        case "zones": return "zones"
        case "priority": return "priority"
        case "audio": return "upload"
        case "text": return "text"
        default: return d.code == .neverAirs ? "sessions" : "general"
        }
    }
}
