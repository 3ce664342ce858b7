import Foundation

/// `loa plan` output: a table for people, CSV for spreadsheets, JSON for programs.
public struct PlanFormatter: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case table, csv, json
    }

    public let timetable: Timetable
    public let resolver: LocalTimeResolver

    public init(timetable: Timetable, resolver: LocalTimeResolver) {
        self.timetable = timetable
        self.resolver = resolver
    }

    public func format(_ plan: Plan, as format: Format, from: LocalDate, through: LocalDate) -> String {
        switch format {
        case .table: return table(plan, from: from, through: through)
        case .csv: return csv(plan)
        case .json: return json(plan, from: from, through: through)
        }
    }

    // MARK: - Table

    public func table(_ plan: Plan, from: LocalDate, through: LocalDate) -> String {
        var out = "\(timetable.station.name) — \(timetable.station.timeZoneID)\n"
        out += "Kế hoạch phát / plan \(from.vietnameseDescription) – \(through.vietnameseDescription)\n"
        let airingsByDay = Dictionary(grouping: plan.airings, by: \.date)
        let issuesByDay = Dictionary(grouping: plan.issues, by: \.identity.date)
        var day = from
        var total: Int64 = 0
        while day <= through {
            let airings = airingsByDay[day] ?? []
            let issues = issuesByDay[day] ?? []
            if !airings.isEmpty || !issues.isEmpty {
                out += "\n\(day.weekday.vietnameseName) \(day.vietnameseDescription) (\(day), \(day.weekday.shortName))\n"
                for a in airings {
                    let local = resolver.local(a.startMs).time
                    let clock = LocalTime(hour: local.hour, minute: local.minute, second: local.second).map { "\(pad($0.hour, 2)):\(pad($0.minute, 2)):\(pad($0.second, 2))" } ?? "?"
                    let slot = a.slotID ?? a.identity.slot
                    let what = a.announcementID ?? a.identity.announcement
                    let late = a.startMs > a.dueMs ? " (due \(resolver.local(a.dueMs).time), waited)" : ""
                    out += "  \(clock)  \(ConfigDuration.clock(milliseconds: a.lengthMs).leftPadded(7))  \(slot.padded(8)) \(what.padded(24)) \(a.title)  → \(a.zones.joined(separator: ", "))\(late)\n"
                    total += a.lengthMs
                }
                for issue in issues {
                    out += "  ! \(describe(issue))\n"
                }
            }
            day = day.adding(days: 1)
        }
        let left = plan.issues.filter { if case .overflow = $0.kind { true } else { false } }.count
        out += "\n\(plan.airings.count) airings, \(ConfigDuration.clock(milliseconds: total)) on air"
        out += left > 0 ? "; \(left) did not fit (marked !)\n" : "\n"
        return out
    }

    public func describe(_ issue: PlanIssue) -> String {
        let id = issue.identity
        switch issue.kind {
        case .overflow(let needed, let left):
            return "\(id.slot)/\(id.announcement) #\(id.repetition) does not fit: needs \(ConfigDuration.clock(milliseconds: needed)), \(ConfigDuration.clock(milliseconds: left)) left in the session — \(issue.title)"
        case .delayed(let by):
            return "\(id.announcement) at \(id.slot.dropFirst()) waits \(ConfigDuration.clock(milliseconds: by)) for its loudspeakers — \(issue.title)"
        case .unknownDuration(let path):
            return "\(id.slot)/\(id.announcement): the length of \(path) is unknown, so it is not planned"
        }
    }

    // MARK: - CSV

    public static let csvHeader = ["date", "start", "length_s", "slot", "announcement", "repetition", "title", "campaign",
                                   "zones", "devices", "priority", "audio", "identity", "start_utc"]

    public func csv(_ plan: Plan) -> String {
        var writer = CSVWriter(header: Self.csvHeader)
        for a in plan.airings {
            writer.append([a.date.description, localClock(a.startMs), seconds(a.lengthMs), a.slotID ?? a.identity.slot,
                           a.identity.announcement, String(a.identity.repetition), a.title, a.campaign ?? "",
                           a.zones.joined(separator: " "), a.devices.joined(separator: " "), a.priority.rawValue,
                           a.audio.written, a.identity.description, utc(a.startMs)])
        }
        return writer.text
    }

    // MARK: - Times

    func localClock(_ ms: Int64) -> String {
        let t = resolver.local(ms).time
        return "\(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2))"
    }

    /// `2023-11-15T06:00:00+07:00`
    func localISO(_ ms: Int64) -> String {
        let (d, _) = resolver.local(ms)
        let offset = resolver.offset(at: Int64((Double(ms) / 1000).rounded(.down)))
        let sign = offset < 0 ? "-" : "+"
        let o = abs(offset) / 60
        return "\(d)T\(localClock(ms))\(sign)\(pad(Int(o / 60), 2)):\(pad(Int(o % 60), 2))"
    }

    func utc(_ ms: Int64) -> String {
        let seconds = Int64((Double(ms) / 1000).rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = Int(seconds - Int64(days) * 86_400)
        let millis = Int(ms - seconds * 1000)
        return "\(LocalDate(daysSinceEpoch: days))T\(pad(rest / 3600, 2)):\(pad(rest / 60 % 60, 2)):\(pad(rest % 60, 2)).\(pad(millis, 3))Z"
    }

    func seconds(_ ms: Int64) -> String {
        String(format: "%.1f", Double(ms) / 1000)
    }
}

extension String {
    /// Pads to a width in characters (Vietnamese letters count once), for aligned tables.
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
