/// What one drop-in file `announcements.d/NAME.toml` holds: a campaign's defaults and its announcements.
enum AnnouncementFileParser {
    static let topKeys = ["campaign", "from", "until", "days", "approved_by", "language", "announcement"]
    static let announcementKeys = ["id", "title", "audio", "campaign", "from", "until", "days", "slots", "times", "at",
                                   "every", "between", "priority", "zones", "language", "approved_by", "gain"]
        + SpeechConfigParser.announcementKeys

    struct Defaults {
        var campaign: String?
        var window = DateWindow()
        var days: DayRule?
        var approvedBy: String?
        var language: String?
    }

    static func parse(_ file: ParsedFile, reporter: Reporter, speech: SpeechSettings = SpeechSettings()) -> [Announcement] {
        let belongsInMain = LocalizedText(
            en: "This belongs in loa.toml; a file in announcements.d holds a campaign and its [[announcement]] items.",
            vi: "Phần này phải viết trong loa.toml; mỗi tệp trong announcements.d chỉ chứa một đợt thông báo và các mục [[announcement]] của nó.")
        let top = file.reader(file.table, section: .top, subject: .empty, reporter: reporter, allowed: topKeys, hints: [
            "station": belongsInMain, "zones": belongsInMain, "slot": belongsInMain,
            "announcements": LocalizedText(en: "Did you mean \"announcement\"? Each item is written [[announcement]].",
                                           vi: "Có phải định viết \"announcement\"? Mỗi thông báo bắt đầu bằng dòng [[announcement]]."),
        ])
        top.rejectUnknownKeys()
        var defaults = Defaults()
        defaults.campaign = top.string("campaign", example: "campaign = \"Tháng hành động vì bình đẳng giới 2023\"")
        defaults.window = top.window()
        defaults.days = top.dayRule("days", allowMonthDays: true)
        defaults.approvedBy = top.string("approved_by", example: "approved_by = \"Vi Văn Thái\"")
        defaults.language = top.string("language", example: "language = \"vi\"")

        guard let value = file.table["announcement"] else {
            top.report(.missingKey, key: nil, keyPath: "announcement",
                       message: LocalizedText(en: "this file has no announcement in it.", vi: "tệp này chưa có thông báo nào."),
                       fix: LocalizedText(en: "Add one under a line [[announcement]] with id, title, audio and slots or at.",
                                          vi: "Thêm dòng [[announcement]], dưới đó ghi id, title, audio và slots hoặc at."),
                       severity: .warning)
            return []
        }
        guard case .array(let items) = value else {
            top.wrongType("announcement", value, expected: LocalizedText(en: "a list of announcements", vi: "một danh sách thông báo"),
                          example: LocalizedText(en: "[[announcement]] before each one", vi: "[[announcement]] ở đầu mỗi thông báo"))
            return []
        }
        var out: [Announcement] = []
        for (index, item) in items.enumerated() {
            guard case .table(let table) = item else { continue }
            let section = KeyLocator.Section.arrayItem("announcement", index: index)
            var r = file.reader(table, section: section, subject: LocalizedText(en: "announcement \(index + 1)", vi: "thông báo thứ \(index + 1)"),
                                reporter: reporter, allowed: announcementKeys,
                                hints: ["slot": LocalizedText(en: "Did you mean \"slots\"? Write slots = [\"sang\"].",
                                                              vi: "Có phải định viết \"slots\"? Sửa thành slots = [\"sang\"].")])
            if let a = parseAnnouncement(&r, file: file, section: section, defaults: defaults, speech: speech) { out.append(a) }
        }
        return out
    }

    private static func parseAnnouncement(_ r: inout TableReader, file: ParsedFile, section: KeyLocator.Section,
                                          defaults: Defaults, speech: SpeechSettings) -> Announcement? {
        let validID = r.identify(kind: LocalizedText.announcement, example: "id = \"chu-de\"")
        r.rejectUnknownKeys()
        let validTitle = r.string("title", required: true, example: "title = \"Chủ đề Tháng hành động\"")
        var audio: AudioRef?
        var spoken: SpokenText?
        switch SpeechConfigParser.parseAnnouncement(r, file: file, station: speech) {
        case .audio:
            if !r.has("audio") {
                r.report(.missingKey, key: nil, keyPath: "audio",
                         message: LocalizedText(en: "it names neither a recording (audio) nor a text to read (text or text_file).",
                                                vi: "thông báo chưa có bản ghi âm (audio) cũng chưa có văn bản để đọc (text hoặc text_file)."),
                         fix: LocalizedText(en: "Add audio = \"audio/chu-de.mp3\", or text = \"\"\"Ủy ban nhân dân xã thông báo …\"\"\" to have it read aloud.",
                                            vi: "Thêm dòng audio = \"audio/chu-de.mp3\", hoặc text = \"\"\"Ủy ban nhân dân xã thông báo …\"\"\" để máy đọc thành tiếng."))
            }
            audio = r.string("audio", example: "audio = \"audio/chu-de.mp3\"").map(file.audio)
        case .text(let text):
            spoken = text
        case .invalid:
            break
        }
        let campaign = r.string("campaign", example: "campaign = \"…\"") ?? defaults.campaign
        let window = r.window(inherited: defaults.window)
        let days = r.dayRule("days", allowMonthDays: true) ?? defaults.days ?? .daily
        let slots = r.stringList("slots", example: "slots = [\"sang\", \"chieu\"]") ?? []
        let times = r.integer("times", range: 1...20, example: "times = 2") ?? 1
        let fixedTimes = parseAt(r)
        let repeatRule = parseRepeat(r)
        var priority = Priority.normal
        if let p = r.string("priority", example: "priority = \"priority\"") {
            if let value = Priority(rawValue: p.lowercased()) {
                priority = value
            } else {
                let near = NearestMatch.suggestion(for: p, among: Priority.allCases.map(\.rawValue))
                r.report(.invalidValue, key: "priority",
                         message: LocalizedText(en: "\"\(p)\" is not a priority.", vi: "\"\(p)\" không phải là một mức ưu tiên."),
                         fix: .didYouMean(near) + LocalizedText(
                             en: "Use \"normal\", \"priority\" or \"emergency\".",
                             vi: "Dùng \"normal\" (bình thường), \"priority\" (ưu tiên) hoặc \"emergency\" (khẩn cấp)."))
            }
        }
        let zones = r.stringList("zones", example: "zones = [\"thon-na-mu\"]")
        if let zones, zones.isEmpty {
            r.report(.invalidValue, key: "zones",
                     message: LocalizedText(en: "the list of zones is empty, so nobody would hear it.",
                                            vi: "danh sách cụm loa đang trống, nên không ai nghe được."),
                     fix: LocalizedText(en: "Name at least one zone, or remove the key to use the session's zones.",
                                        vi: "Ghi ít nhất một cụm loa, hoặc xóa dòng zones để phát ở các cụm loa của buổi phát."))
        }
        let language = r.string("language", example: "language = \"vi\"") ?? defaults.language ?? "vi"
        let approvedBy = r.string("approved_by", example: "approved_by = \"Vi Văn Thái\"") ?? defaults.approvedBy
        let gain = r.number("gain", range: -30...20, example: "gain = -3.0") ?? 0

        let hasSchedule = !slots.isEmpty || r.has("at") || r.has("every") || r.has("between")
        if !hasSchedule && !r.has("slots") {
            r.report(.neverAirs, key: nil, keyPath: "slots/at/every",
                     message: LocalizedText(en: "it says neither which sessions it goes in nor when it airs, so it would never air.",
                                            vi: "thông báo chưa ghi phát trong buổi nào, cũng chưa ghi giờ phát, nên sẽ không bao giờ được phát."),
                     fix: LocalizedText(en: "Add slots = [\"sang\"], or at = [2023-11-20T07:30:00], or every = \"1h\" with between = [\"07:00\", \"20:00\"].",
                                        vi: "Thêm dòng slots = [\"sang\"], hoặc at = [2023-11-20T07:30:00], hoặc every = \"1h\" cùng between = [\"07:00\", \"20:00\"]."))
        }
        // An item whose id or title is wrong (already reported) is still checked to its end — its slots,
        // zones and audio — so one run reports every problem; the configuration is refused all the same.
        let writtenID: String? = if case .string(let s)? = r.table["id"] { s } else { nil }
        let id = validID ?? writtenID ?? r.subject.en
        let title = validTitle ?? ""
        if let spoken { audio = AudioRef(written: spoken.file ?? "text", path: SpokenText.pendingPrefix + id) }
        guard let audio else { return nil }
        return Announcement(id: id, title: title, campaign: campaign, audio: audio, window: window, days: days,
                            slots: slots, times: times, fixedTimes: fixedTimes, repeatRule: repeatRule, priority: priority,
                            zones: zones?.isEmpty == true ? nil : zones, language: language, approvedBy: approvedBy,
                            gainDB: gain, source: file.sourceRef(section), speech: spoken)
    }

    private static func parseAt(_ r: TableReader) -> [FixedTime] {
        guard let value = r.table["at"] else { return [] }
        let list: [ConfigValue]
        if case .array(let a) = value { list = a } else { list = [value] }
        let example = "at = [2023-11-20T07:30:00] or at = [\"20/11/2023 07:30\", \"18:00\"]"
        var out: [FixedTime] = []
        for (i, item) in list.enumerated() {
            let path = list.count > 1 ? "at[\(i + 1)]" : "at"
            switch item {
            case .dateTime(let y, let mo, let d, let h, let mi, let s, let offset):
                if offset != nil {
                    r.report(.invalidValue, key: "at", keyPath: path,
                             message: LocalizedText(en: "\(item.written) carries a time-zone offset.", vi: "\(item.written) có ghi kèm múi giờ."),
                             fix: LocalizedText(en: "Write the station's local time without an offset, such as 2023-11-20T07:30:00.",
                                                vi: "Ghi giờ địa phương của đài, không kèm múi giờ, ví dụ 2023-11-20T07:30:00."))
                    continue
                }
                guard let date = r.date(.date(year: y, month: mo, day: d), key: "at", keyPath: path, example: example),
                      let time = r.time(.time(hour: h, minute: mi, second: s), key: "at", keyPath: path, example: example)
                else { continue }
                out.append(.once(date, time))
            case .time:
                if let time = r.time(item, key: "at", keyPath: path, example: example) { out.append(.daily(time)) }
            case .string(let text):
                let words = text.trimmingSpaces().split(whereSeparator: { $0 == " " || $0 == "T" })
                if words.count == 2 {
                    guard let date = r.date(.string(String(words[0])), key: "at", keyPath: path, example: example),
                          let time = r.time(.string(String(words[1])), key: "at", keyPath: path, example: example)
                    else { continue }
                    out.append(.once(date, time))
                } else if let time = r.time(item, key: "at", keyPath: path, example: example) {
                    out.append(.daily(time))
                }
            case .date:
                r.report(.invalidValue, key: "at", keyPath: path,
                         message: LocalizedText(en: "\(item.written) is a date without a time.", vi: "\(item.written) mới có ngày, chưa có giờ."),
                         fix: LocalizedText(en: "Add the time of day: \(item.written)T07:30:00", vi: "Thêm giờ phát vào sau ngày: \(item.written)T07:30:00"))
            default:
                r.wrongType(path, item, expected: LocalizedText(en: "a date and time or a time of day", vi: "ngày kèm giờ, hoặc giờ trong ngày"),
                            example: example)
            }
        }
        return out
    }

    private static func parseRepeat(_ r: TableReader) -> RepeatRule? {
        let every = r.duration("every", example: "every = \"1h\"")
        var bounds: [LocalTime] = []
        if let value = r.table["between"] {
            if case .array(let items) = value, items.count == 2 {
                for (i, item) in items.enumerated() {
                    if let t = r.time(item, key: "between", keyPath: "between[\(i + 1)]", example: "between = [\"07:00\", \"20:00\"]") {
                        bounds.append(t)
                    }
                }
            } else {
                r.report(.wrongType, key: "between",
                         message: LocalizedText(en: "between must be a list of two times of day, the first and the last airing.",
                                                vi: "between phải là danh sách hai giờ: giờ phát đầu tiên và giờ phát cuối cùng."),
                         fix: LocalizedText(en: "Write for example: between = [\"07:00\", \"20:00\"]",
                                            vi: "Sửa thành, ví dụ: between = [\"07:00\", \"20:00\"]"))
            }
        }
        if r.has("every") && !r.has("between") {
            r.report(.missingKey, key: nil, keyPath: "between",
                     message: LocalizedText(
                         en: "it says every \(r.table["every"]?.written ?? "") but not between which times of day, so loa cannot tell when to start and stop.",
                         vi: "có ghi every \(r.table["every"]?.written ?? "") nhưng chưa ghi phát trong khoảng giờ nào, nên loa không biết khi nào bắt đầu và dừng."),
                     fix: LocalizedText(en: "Add the first and the last airing of the day: between = [\"07:00\", \"20:00\"]",
                                        vi: "Thêm giờ phát đầu tiên và cuối cùng trong ngày: between = [\"07:00\", \"20:00\"]"))
        }
        if r.has("between") && !r.has("every") {
            r.report(.missingKey, key: nil, keyPath: "every",
                     message: LocalizedText(en: "it says between which times it airs but not how often.",
                                            vi: "có ghi khoảng giờ phát (between) nhưng chưa ghi bao lâu phát một lần."),
                     fix: LocalizedText(en: "Add for example: every = \"1h\"", vi: "Thêm dòng, ví dụ: every = \"1h\""))
        }
        guard let every, bounds.count == 2 else { return nil }
        if bounds[0] > bounds[1] {
            r.report(.windowReversed, key: "between",
                     message: LocalizedText(en: "it starts at \(bounds[0]) but ends earlier, at \(bounds[1]).",
                                            vi: "giờ bắt đầu là \(bounds[0]) nhưng giờ kết thúc lại sớm hơn, là \(bounds[1])."),
                     fix: LocalizedText(en: "Write the earlier time first: between = [\"\(bounds[1])\", \"\(bounds[0])\"]",
                                        vi: "Viết giờ sớm hơn trước: between = [\"\(bounds[1])\", \"\(bounds[0])\"]"))
            return nil
        }
        return RepeatRule(everyMs: every, from: bounds[0], until: bounds[1])
    }
}
