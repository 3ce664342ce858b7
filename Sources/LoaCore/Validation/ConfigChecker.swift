import Foundation

/// The whole of `loa check`: the configuration's own problems, then its audio, then whether the sessions
/// can hold what is planned for them.
public struct CheckResult: Sendable {
    public var loaded: LoadedConfig
    /// Per audio path, what the probe found.
    public var audio: [String: Result<AudioInfo, AudioProbeFailure>]
    /// Milliseconds per readable audio path: the planner's input.
    public var durations: [String: Int64]
    public var diagnostics: Diagnostics

    public var timetable: Timetable? { loaded.timetable }
    public var hasErrors: Bool { diagnostics.hasErrors }
}

public enum ConfigChecker {
    static let holdsNoSound = "it holds no sound (a header with 0 frames of audio after it)"

    /// `today` bounds the planning of items whose dates are open-ended (the core has no clock).
    public static func check(_ loaded: LoadedConfig, probe: some AudioProbe, today: LocalDate) -> CheckResult {
        var result = CheckResult(loaded: loaded, audio: [:], durations: [:], diagnostics: loaded.diagnostics)
        guard let t = loaded.timetable else { return result }

        for ref in t.audioFiles {
            var found = probe.probe(path: ref.path)
            // A header with no frames "plays" in a millisecond and airs silence: it is as good as missing.
            if case .success(let info) = found, info.frames <= 0 {
                found = .failure(.unreadable(holdsNoSound))
            }
            result.audio[ref.path] = found
            if case .success(let info) = found { result.durations[ref.path] = info.durationMs }
        }
        func place(_ source: SourceRef, _ key: String?) -> KeyLocator.Place {
            loaded.locators[source.file]?.place(of: key, in: source.section) ?? KeyLocator.Place(line: source.line, column: 1)
        }
        func add(_ code: Diagnostic.Code, _ source: SourceRef, key: String?, severity: Diagnostic.Severity = .error,
                 subject: LocalizedText, message: LocalizedText, fix: LocalizedText) {
            let p = place(source, key)
            result.diagnostics.add(Diagnostic(severity, code, file: source.file, line: p.line, column: p.column,
                                              subject: subject, keyPath: key ?? "", message: message, fix: fix))
        }
        func checkAudio(_ ref: AudioRef, key: String, source: SourceRef, subject: LocalizedText) {
            switch result.audio[ref.path] {
            case .failure(.missing)?:
                add(.audioMissing, source, key: key, subject: subject,
                    message: LocalizedText(en: "the audio file \"\(ref.written)\" is not there (looked for \(ref.path)).",
                                           vi: "không thấy tệp âm thanh \"\(ref.written)\" (đã tìm ở \(ref.path))."),
                    fix: .copyOrCorrectPath)
            case .failure(.unreadable(let why))?:
                // The reason comes from the audio library, in English: the Vietnamese text quotes it as a detail,
                // except the one said here.
                var reason = why.trimmingSpaces().trimmingCharacters(in: ".")
                if why == Self.holdsNoSound { reason = "tệp không có tiếng nào (chỉ có phần đầu tệp, 0 khung âm thanh)" }
                add(.audioUnreadable, source, key: key, subject: subject,
                    message: LocalizedText(en: "the audio file \"\(ref.written)\" cannot be read as audio: \(why.trimmingSpaces().trimmingCharacters(in: ".")).",
                                           vi: "tệp \"\(ref.written)\" không đọc được thành âm thanh (chi tiết: \(reason))."),
                    fix: LocalizedText(en: "Record or export it again as MP3, WAV, FLAC or OGG, and check that it plays on a computer.",
                                       vi: "Ghi âm hoặc xuất lại tệp dưới dạng MP3, WAV, FLAC hay OGG, rồi thử mở nghe trên máy tính."))
            default: break
            }
        }
        for slot in t.slots {
            let subject = LocalizedText.slot(slot.id)
            if let intro = slot.intro { checkAudio(intro, key: "intro", source: slot.source, subject: subject) }
            if let outro = slot.outro { checkAudio(outro, key: "outro", source: slot.source, subject: subject) }
        }
        for a in t.announcements {
            checkAudio(a.audio, key: "audio", source: a.source, subject: .announcement(a.id))
        }

        // Sessions whose fixed parts leave no room, and items longer than any room they could get.
        var room: [String: Int64] = [:]
        for slot in t.slots {
            let intro = slot.intro.flatMap { result.durations[$0.path] } ?? 0
            let outro = slot.outro.flatMap { result.durations[$0.path] } ?? 0
            let gap = t.pauseMs(of: slot)
            let fixed = intro + outro + (slot.intro != nil ? gap : 0) + (slot.outro != nil ? gap : 0)
            room[slot.id] = slot.maxLengthMs - fixed
            if fixed >= slot.maxLengthMs {
                let taken = ConfigDuration.format(milliseconds: fixed), all = ConfigDuration.format(milliseconds: slot.maxLengthMs)
                add(.slotOverfull, slot.source, key: "max_length", subject: .slot(slot.id),
                    message: LocalizedText(
                        en: "its intro and outro with their pauses take \(taken), all of its \(all), leaving no room for announcements.",
                        vi: "nhạc mở đầu, nhạc kết thúc và các quãng nghỉ đã chiếm \(taken), hết cả \(all) của buổi phát, không còn chỗ cho thông báo."),
                    fix: LocalizedText(en: "Lengthen max_length, or use a shorter intro or outro.",
                                       vi: "Tăng max_length, hoặc dùng nhạc mở đầu, nhạc kết thúc ngắn hơn."))
            }
        }
        for a in t.announcements {
            guard let length = result.durations[a.audio.path] else { continue }
            for slotID in a.slots {
                guard let left = room[slotID], left > 0, length > left else { continue }
                let lasts = ConfigDuration.format(milliseconds: length), room = ConfigDuration.format(milliseconds: left)
                add(.neverAirs, a.source, key: "audio", subject: .announcement(a.id),
                    message: LocalizedText(
                        en: "its audio lasts \(lasts), longer than the \(room) that slot \"\(slotID)\" has after its intro and outro, so it can never air there.",
                        vi: "bản ghi âm dài \(lasts), dài hơn \(room) còn trống của buổi phát \"\(slotID)\" sau nhạc mở đầu và kết thúc, nên không bao giờ phát được trong buổi đó."),
                    fix: LocalizedText(en: "Shorten the recording, or lengthen the slot's max_length.",
                                       vi: "Cắt ngắn bản ghi âm, hoặc tăng max_length của buổi phát."))
            }
        }

        guard !result.diagnostics.hasErrors else { return result }
        addOverflowWarnings(t, into: &result, today: today)
        return result
    }

    /// One warning per campaign and session whose items do not all fit on some days, naming the days.
    private static func addOverflowWarnings(_ t: Timetable, into result: inout CheckResult, today: LocalDate) {
        let slotted = t.announcements.filter { !$0.slots.isEmpty }
        guard !slotted.isEmpty, let tz = TimeZone(identifier: t.station.timeZoneID) else { return }
        let from = slotted.map { $0.window.from ?? today }.min() ?? today
        let until = min(slotted.map { $0.window.until ?? today.adding(days: 365) }.max() ?? today, from.adding(days: 731))
        let planner = Planner(timetable: t, durations: result.durations, timeZone: tz)
        let plan = planner.plan(from: from, through: until)
        struct Key: Hashable { var campaign: String; var slot: String }
        var days: [Key: Set<LocalDate>] = [:]
        var left: [Key: Set<String>] = [:]
        for issue in plan.issues {
            guard case .overflow = issue.kind, !issue.identity.slot.hasPrefix("@") else { continue }
            let key = Key(campaign: issue.campaign ?? "", slot: issue.identity.slot)
            days[key, default: []].insert(issue.identity.date)
            left[key, default: []].insert(issue.identity.announcement)
        }
        for (key, dates) in days.sorted(by: { ($0.key.campaign, $0.key.slot) < ($1.key.campaign, $1.key.slot) }) {
            let first = t.announcements.first { ($0.campaign ?? "") == key.campaign && $0.slots.contains(key.slot) }
            let source = first?.source ?? SourceRef(file: "", line: 0)
            let campaignKey: String? = nil
            let p = result.loaded.locators[source.file]?.place(of: campaignKey, in: .top) ?? KeyLocator.Place(line: 0, column: 0)
            let what = key.campaign.isEmpty ? LocalizedText(en: "its announcements", vi: "các thông báo")
                : LocalizedText(en: "campaign \"\(key.campaign)\"", vi: "các thông báo của đợt \"\(key.campaign)\"")
            let items = (left[key] ?? []).sorted().joined(separator: ", ")
            let days = DayList.describe(dates)
            result.diagnostics.add(Diagnostic(
                .warning, .campaignOverflow, file: source.file, line: p.line, column: p.column, subject: .slot(key.slot),
                message: LocalizedText(
                    en: "\(what.en) does not all fit in slot \"\(key.slot)\" on \(dates.count) day\(dates.count == 1 ? "" : "s"): \(days); left out: \(items).",
                    vi: "\(what.vi) không xếp vừa hết vào buổi phát \"\(key.slot)\" trong \(dates.count) ngày: \(days); bị bỏ lại: \(items)."),
                fix: LocalizedText(
                    en: "Lengthen the slot's max_length, shorten recordings, lower times, or move some items to another slot. `loa plan` shows each day.",
                    vi: "Tăng max_length của buổi phát, cắt ngắn bản ghi âm, giảm số lần phát (times), hoặc chuyển bớt thông báo sang buổi khác. Lệnh `loa plan` cho xem từng ngày.")))
        }
    }
}

/// Days named compactly: `15/11/2023 – 17/11/2023, 20/11/2023`.
public enum DayList {
    public static func describe(_ dates: Set<LocalDate>) -> String {
        let sorted = dates.sorted()
        var runs: [(LocalDate, LocalDate)] = []
        for d in sorted {
            if let last = runs.last, last.1.adding(days: 1) == d { runs[runs.count - 1].1 = d } else { runs.append((d, d)) }
        }
        return runs.map { $0.0 == $0.1 ? $0.0.description : "\($0.0) – \($0.1)" }.joined(separator: ", ")
    }
}

extension ConfigChecker {
    /// Loads the configuration and checks it as of `nowMs`, "today" being the station's own date: what
    /// `loa check` runs and what the daemon runs before it airs a configuration, so both say the same.
    public static func check(mainFile: String, probe: some AudioProbe, nowMs: Int64) -> CheckResult {
        let loaded = ConfigLoader.load(mainFile: mainFile)
        return check(loaded, probe: probe, today: .at(nowMs, timeZoneID: loaded.timetable?.station.timeZoneID))
    }
}
