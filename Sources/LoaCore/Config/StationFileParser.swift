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
        let belongsInDropIn = "Announcements go in their own file in the announcements.d folder beside loa.toml."
        return file.reader(file.table, section: .top, subject: "", reporter: reporter, allowed: topKeys, hints: [
            "announcement": belongsInDropIn, "campaign": belongsInDropIn,
            "slots": "Did you mean \"slot\"? Each session is written [[slot]].",
            "zone": "Did you mean \"zones\"? Each zone is written [zones.ID].",
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
            top.missing("station", example: "[station] with name = \"Đài truyền thanh xã …\"")
            return nil
        }
        guard case .table(let table) = value else {
            top.wrongType("station", value, expected: "a table", example: "[station] on a line of its own")
            return nil
        }
        let r = file.reader(table, section: .table("station"), subject: "station", reporter: reporter, allowed: stationKeys)
        r.rejectUnknownKeys()
        let name = r.string("name", required: true, example: "name = \"Đài truyền thanh xã Cao Lâu\"")
        var timeZoneID = Station.defaultTimeZoneID
        if let tz = r.string("timezone", example: "timezone = \"Asia/Ho_Chi_Minh\"") {
            if TimeZoneAdvice.isRegionName(tz) {
                timeZoneID = tz
            } else {
                let near = TimeZoneAdvice.suggestion(for: tz)
                r.report(.unknownTimeZone, key: "timezone", message: "\"\(tz)\" is not a time zone loa knows by name.",
                         fix: "Use an IANA name, such as \"\(near)\"" + (near == Station.defaultTimeZoneID ? " (Việt Nam, UTC+7)." : "."))
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
            top.missing("zones", example: "[zones.toan-xa] with name = \"Toàn xã\" and device = \"default\"")
            return []
        }
        guard case .table(let zonesTable) = value else {
            top.wrongType("zones", value, expected: "a table of zones", example: "[zones.toan-xa]")
            return []
        }
        var zones: [Zone] = []
        for id in zonesTable.keys {
            let section = KeyLocator.Section.table("zones.\(id)")
            guard case .table(let table)? = zonesTable[id] else {
                let r = file.reader(zonesTable, section: .table("zones"), subject: "zone \"\(id)\"", reporter: reporter)
                r.report(.wrongType, key: id, message: "a zone must be a table with a name and a device.",
                         fix: "Write it as [zones.\(id)] followed by name = \"…\" and device = \"…\".")
                continue
            }
            let r = file.reader(table, section: section, subject: "zone \"\(id)\"", reporter: reporter, allowed: zoneKeys)
            r.rejectUnknownKeys()
            if !Identifiers.isValid(id) {
                r.report(.invalidValue, key: nil, keyPath: "zones.\(id)",
                         message: "the zone id \"\(id)\" may hold only letters a–z without accents, digits, - and _.",
                         fix: "Write it as [zones.\(Identifiers.slug(id))].")
            }
            let name = r.string("name", required: true, example: "name = \"Thôn Nà Mu\"")
            let device = r.string("device", required: true, example: "device = \"plughw:1,0\"")
            if let name, let device, Identifiers.isValid(id) {
                zones.append(Zone(id: id, name: name, device: device))
            }
        }
        if zonesTable.keys.isEmpty {
            top.report(.missingKey, key: "zones", message: "no zone is defined.",
                       fix: "Add at least one: [zones.toan-xa] with name = \"Toàn xã\" and device = \"default\".")
        }
        return zones
    }

    private static func parseSlots(_ file: ParsedFile, reporter: Reporter, declared: inout Set<String>) -> [Slot] {
        let top = topReader(file, reporter)
        guard let value = file.table["slot"] else { return [] }
        guard case .array(let items) = value else {
            top.wrongType("slot", value, expected: "a list of sessions", example: "[[slot]] before each session")
            return []
        }
        var slots: [Slot] = []
        for (index, item) in items.enumerated() {
            let section = KeyLocator.Section.arrayItem("slot", index: index)
            guard case .table(let table) = item else { continue }
            var r = file.reader(table, section: section, subject: "slot \(index + 1)", reporter: reporter, allowed: slotKeys)
            let id = r.identify(kind: "slot", example: "id = \"sang\"")
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
                r.report(.invalidValue, key: "zones", message: "the list of zones is empty, so nobody would hear it.",
                         fix: "Name at least one zone: zones = [\"toan-xa\"]")
            }
            let intro = r.string("intro", example: "intro = \"audio/nhac-hieu.mp3\"").map(file.audio)
            let outro = r.string("outro", example: "outro = \"audio/ket-thuc.mp3\"").map(file.audio)
            let pause = r.pause("pause")
            if let start, let maxLength, Int64(start.secondsOfDay) * 1000 + maxLength > 86_400_000 {
                let latest = LocalTime(secondsOfDay: max(0, 86_400 - Int(maxLength / 1000)))
                r.report(.slotPastMidnight, key: "max_length", keyPath: "start/max_length",
                         message: "starting at \(start) and lasting up to \(ConfigDuration.format(milliseconds: maxLength)), it would run past midnight.",
                         fix: "Make it end by 24:00" + (latest.map { ": start it at \($0) or earlier" } ?? "")
                             + ", shorten max_length, or split it into two sessions.")
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
