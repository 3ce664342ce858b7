import Foundation

/// What the main file `loa.toml` holds: the station, its zones, its broadcast sessions.
struct StationFile {
    var station: Station?
    var zones: [Zone] = []
    var slots: [Slot] = []
    /// Every id written, including those of zones and slots dropped for errors of their own, so that a
    /// reference to them is not reported a second time as unknown.
    var declaredZoneIDs: Set<String> = []
    var declaredSlotIDs: Set<String> = []
}

enum StationFileParser {
    static let topKeys = ["station", "zones", "slot", "speech"]
    static let stationKeys = ["name", "timezone", "loudness", "pause", "place"]
    static let zoneKeys = ["name", "device"]
    static let slotKeys = ["id", "name", "days", "from", "until", "skip", "start", "max_length", "zones", "intro", "outro", "pause"]

    /// The file's top level, with the keys it may hold.
    private static func topReader(_ file: ParsedFile, _ reporter: Reporter) -> TableReader {
        let belongsInDropIn = LocalizedText(
            en: "Announcements go in their own file in the announcements.d folder beside loa.toml.",
            vi: "Thông báo được viết trong tệp riêng, đặt trong thư mục announcements.d cạnh loa.toml.")
        return file.reader(file.table, section: .top, subject: .empty, reporter: reporter, allowed: topKeys, hints: [
            "announcement": belongsInDropIn, "campaign": belongsInDropIn,
            "slots": LocalizedText(en: "Did you mean \"slot\"? Each session is written [[slot]].",
                                   vi: "Có phải định viết \"slot\"? Mỗi buổi phát bắt đầu bằng dòng [[slot]]."),
            "zone": LocalizedText(en: "Did you mean \"zones\"? Each zone is written [zones.ID].",
                                  vi: "Có phải định viết \"zones\"? Mỗi cụm loa bắt đầu bằng dòng [zones.MÃ]."),
        ])
    }

    static func parse(_ file: ParsedFile, reporter: Reporter) -> StationFile {
        var out = StationFile()
        topReader(file, reporter).rejectUnknownKeys()
        out.station = parseStation(file, reporter: reporter)
        out.station?.speech = SpeechConfigParser.parseStation(file, reporter: reporter)
        out.zones = parseZones(file, reporter: reporter)
        out.slots = parseSlots(file, reporter: reporter, declared: &out.declaredSlotIDs)
        if case .table(let zones)? = file.table["zones"] { out.declaredZoneIDs = Set(zones.keys) }
        return out
    }

    private static func parseStation(_ file: ParsedFile, reporter: Reporter) -> Station? {
        let top = topReader(file, reporter)
        guard let value = file.table["station"] else {
            top.missing("station", example: LocalizedText(en: "[station] with name = \"Đài truyền thanh xã …\"",
                                                          vi: "[station], dưới đó name = \"Đài truyền thanh xã …\""))
            return nil
        }
        guard case .table(let table) = value else {
            top.wrongType("station", value, expected: LocalizedText(en: "a table", vi: "một bảng"), example: .onItsOwnLine("[station]"))
            return nil
        }
        let r = file.reader(table, section: .table("station"), subject: LocalizedText(en: "station", vi: "bảng [station]"), reporter: reporter, allowed: stationKeys)
        r.rejectUnknownKeys()
        let name = r.string("name", required: true, example: "name = \"Đài truyền thanh xã Cao Lâu\"")
        var timeZoneID = Station.defaultTimeZoneID
        if let tz = r.string("timezone", example: "timezone = \"Asia/Ho_Chi_Minh\"") {
            if TimeZoneAdvice.isRegionName(tz) {
                timeZoneID = tz
            } else {
                let near = TimeZoneAdvice.suggestion(for: tz)
                let vietnam = near == Station.defaultTimeZoneID
                r.report(.unknownTimeZone, key: "timezone",
                         message: LocalizedText(en: "\"\(tz)\" is not a time zone loa knows by name.",
                                                vi: "loa không biết múi giờ nào tên là \"\(tz)\"."),
                         fix: LocalizedText(en: "Use an IANA name, such as \"\(near)\"" + (vietnam ? " (Việt Nam, UTC+7)." : "."),
                                            vi: "Dùng tên múi giờ chuẩn IANA, ví dụ \"\(near)\"" + (vietnam ? " (giờ Việt Nam, UTC+7)." : ".")))
            }
        }
        let loudness = r.number("loudness", range: -70...0, example: "loudness = -16.0")
        let pause = r.pause("pause")
        let place = r.string("place", example: "place = \"Cao Lâu\"")
        guard let name else { return nil }
        return Station(name: name, timeZoneID: timeZoneID, loudness: loudness, pauseMs: pause ?? 1000, place: place)
    }

    private static func parseZones(_ file: ParsedFile, reporter: Reporter) -> [Zone] {
        let top = topReader(file, reporter)
        guard let value = file.table["zones"] else {
            top.missing("zones", example: LocalizedText(en: "[zones.toan-xa] with name = \"Toàn xã\" and device = \"default\"",
                                                        vi: "[zones.toan-xa], dưới đó name = \"Toàn xã\" và device = \"default\""))
            return []
        }
        guard case .table(let zonesTable) = value else {
            top.wrongType("zones", value, expected: LocalizedText(en: "a table of zones", vi: "một bảng các cụm loa"), example: "[zones.toan-xa]")
            return []
        }
        var zones: [Zone] = []
        for id in zonesTable.keys {
            let section = KeyLocator.Section.table("zones.\(id)")
            guard case .table(let table)? = zonesTable[id] else {
                let r = file.reader(zonesTable, section: .table("zones"), subject: .zone(id), reporter: reporter)
                r.report(.wrongType, key: id,
                         message: LocalizedText(en: "a zone must be a table with a name and a device.",
                                                vi: "mỗi cụm loa phải là một bảng có tên (name) và thiết bị (device)."),
                         fix: LocalizedText(en: "Write it as [zones.\(id)] followed by name = \"…\" and device = \"…\".",
                                            vi: "Viết dòng [zones.\(id)], dưới đó thêm name = \"…\" và device = \"…\"."))
                continue
            }
            let r = file.reader(table, section: section, subject: .zone(id), reporter: reporter, allowed: zoneKeys)
            r.rejectUnknownKeys()
            if !Identifiers.isValid(id) {
                r.report(.invalidValue, key: nil, keyPath: "zones.\(id)",
                         message: LocalizedText(en: "the zone id \"\(id)\" may hold only letters a–z without accents, digits, - and _.",
                                                vi: "mã cụm loa \"\(id)\" chỉ được gồm chữ a–z không dấu, chữ số, dấu - và dấu _."),
                         fix: LocalizedText(en: "Write it as [zones.\(Identifiers.slug(id))].", vi: "Sửa thành [zones.\(Identifiers.slug(id))]."))
            }
            let name = r.string("name", required: true, example: "name = \"Thôn Nà Mu\"")
            let device = r.string("device", required: true, example: "device = \"plughw:1,0\"")
            if let name, let device, Identifiers.isValid(id) {
                zones.append(Zone(id: id, name: name, device: device))
            }
        }
        if zonesTable.keys.isEmpty {
            top.report(.missingKey, key: "zones", message: LocalizedText(en: "no zone is defined.", vi: "chưa khai báo cụm loa nào."),
                       fix: LocalizedText(en: "Add at least one: [zones.toan-xa] with name = \"Toàn xã\" and device = \"default\".",
                                          vi: "Thêm ít nhất một cụm: dòng [zones.toan-xa], dưới đó name = \"Toàn xã\" và device = \"default\"."))
        }
        return zones
    }

    private static func parseSlots(_ file: ParsedFile, reporter: Reporter, declared: inout Set<String>) -> [Slot] {
        let top = topReader(file, reporter)
        guard let value = file.table["slot"] else { return [] }
        guard case .array(let items) = value else {
            top.wrongType("slot", value, expected: LocalizedText(en: "a list of sessions", vi: "một danh sách buổi phát"), example: LocalizedText(en: "[[slot]] before each session", vi: "[[slot]] ở đầu mỗi buổi phát"))
            return []
        }
        var slots: [Slot] = []
        for (index, item) in items.enumerated() {
            let section = KeyLocator.Section.arrayItem("slot", index: index)
            guard case .table(let table) = item else { continue }
            var r = file.reader(table, section: section, subject: LocalizedText(en: "slot \(index + 1)", vi: "buổi phát thứ \(index + 1)"), reporter: reporter, allowed: slotKeys)
            let id = r.identify(kind: LocalizedText.slot, example: "id = \"sang\"")
            r.rejectUnknownKeys()
            if case .string(let written)? = table["id"] { declared.insert(written.trimmingSpaces().nfc) }
            let name = r.string("name", required: true, example: "name = \"Buổi sáng\"")
            let days = r.dayRule("days", allowMonthDays: false)
            let window = r.window()
            var skip = Set<LocalDate>()
            if let skipValue = table["skip"] {
                let list: [ConfigValue]
                if case .array(let a) = skipValue { list = a } else { list = [skipValue] }
                for (i, v) in list.enumerated() {
                    if let d = r.date(v, key: "skip", keyPath: list.count > 1 ? "skip[\(i + 1)]" : "skip",
                                      example: "skip = [2023-09-02, 2024-01-01]") {
                        skip.insert(d)
                    }
                }
            }
            let start = r.time("start", example: "start = 06:00:00")
            if !r.has("start") { r.missing("start", example: "start = 06:00:00") }
            let maxLength = r.duration("max_length", example: "max_length = \"30m\"")
            if !r.has("max_length") { r.missing("max_length", example: "max_length = \"30m\"") }
            let zones = r.stringList("zones", example: "zones = [\"toan-xa\"]")
            if !r.has("zones") { r.missing("zones", example: "zones = [\"toan-xa\"]") }
            if let zones, zones.isEmpty {
                r.report(.invalidValue, key: "zones",
                         message: LocalizedText(en: "the list of zones is empty, so nobody would hear it.",
                                                vi: "danh sách cụm loa đang trống, nên không ai nghe được."),
                         fix: LocalizedText(en: "Name at least one zone: zones = [\"toan-xa\"]", vi: "Ghi ít nhất một cụm loa, ví dụ: zones = [\"toan-xa\"]"))
            }
            let intro = r.string("intro", example: "intro = \"audio/nhac-hieu.mp3\"").map(file.audio)
            let outro = r.string("outro", example: "outro = \"audio/ket-thuc.mp3\"").map(file.audio)
            let pause = r.pause("pause")
            if let start, let maxLength, Int64(start.secondsOfDay) * 1000 + maxLength > 86_400_000 {
                let latest = LocalTime(secondsOfDay: max(0, 86_400 - Int(maxLength / 1000)))
                r.report(.slotPastMidnight, key: "max_length", keyPath: "start/max_length",
                         message: LocalizedText(
                            en: "starting at \(start) and lasting up to \(ConfigDuration.format(milliseconds: maxLength)), it would run past midnight.",
                            vi: "bắt đầu lúc \(start) và dài tối đa \(ConfigDuration.format(milliseconds: maxLength)), buổi phát sẽ chạy quá nửa đêm."),
                         fix: LocalizedText(
                            en: "Make it end by 24:00" + (latest.map { ": start it at \($0) or earlier" } ?? "")
                                + ", shorten max_length, or split it into two sessions.",
                            vi: "Cho buổi phát kết thúc trước 24:00" + (latest.map { ": bắt đầu lúc \($0) hoặc sớm hơn" } ?? "")
                                + ", giảm max_length, hoặc tách thành hai buổi phát."))
                continue
            }
            guard let id, let name, let start, let maxLength, let zones, !zones.isEmpty else { continue }
            slots.append(Slot(id: id, name: name, days: days ?? .daily, window: window, skip: skip, start: start,
                              maxLengthMs: maxLength, zones: zones, intro: intro, outro: outro, pauseMs: pause,
                              source: file.sourceRef(section)))
        }
        return slots
    }
}
