import Foundation

/// Plans what airs when: pure and deterministic, from the timetable, each audio file's length and a
/// range of dates. Knows no clock: the caller says which dates.
///
/// Each day is planned on its own, in two passes. Fixed-time airings (`at`, `every`) go first, at their
/// instant, or as soon after as their devices are free. Then each session, in order of start: intro,
/// its items (emergency, then priority, then normal, in file order; an item with `times = n` comes back
/// in n rounds, so a message is not played twice in a row), outro — each at the first moment its
/// devices are free, as long as it ends within the session. What does not fit is reported as an issue.
public struct Planner: Sendable {
    public let timetable: Timetable
    /// Milliseconds by audio path (`AudioRef.path`).
    public let durations: [String: Int64]
    public let resolver: LocalTimeResolver

    private let zoneDevices: [String: String]
    private let allZones: [String]
    /// Per slot id, the announcements that name it, in packing order.
    private let slotMembers: [String: [Announcement]]
    private let fixedAnnouncements: [Announcement]
    /// Per fixed announcement (same order), its times on every day it airs: `daily` times and the repeat
    /// rule's, gathered once rather than on every planned day (an every-minute rule is 1,440 times).
    private let everyDayTimes: [Set<LocalTime>]
    private let slotsByStart: [Slot]
    /// Per slot: its zones and devices, sorted, and the titles of its intro and outro; and per announcement
    /// of it, the zones and devices it airs to there. Worked out once, so a year's airings share them.
    private let slotShapes: [String: SlotShape]

    /// Every device a zone names, numbered for the timeline.
    private let deviceIndex: [String: Int]

    struct Target: Sendable {
        var zones: [String]
        var devices: [String]
        var deviceIDs: [Int]
    }

    struct SlotShape: Sendable {
        var target: Target
        var introTitle: String
        var outroTitle: String
        var introLength: Int64?
        var outroLength: Int64?
        /// In packing order: the slot's announcements, where each airs there and how long it lasts.
        var members: [(announcement: Announcement, target: Target, length: Int64?)]
    }

    public init(timetable: Timetable, durations: [String: Int64], timeZone: TimeZone) {
        self.timetable = timetable
        self.durations = durations
        self.resolver = LocalTimeResolver(timeZone: timeZone)
        zoneDevices = Dictionary(timetable.zones.map { ($0.id, $0.device) }, uniquingKeysWith: { a, _ in a })
        allZones = timetable.zones.map(\.id).sorted()
        var members: [String: [(Int, Announcement)]] = [:]
        for (order, a) in timetable.announcements.enumerated() {
            for slot in Set(a.slots) { members[slot, default: []].append((order, a)) }
        }
        slotMembers = members.mapValues { list in
            list.sorted { ($0.1.priority.packingRank, $0.0) < ($1.1.priority.packingRank, $1.0) }.map(\.1)
        }
        fixedAnnouncements = timetable.announcements.filter { !$0.fixedTimes.isEmpty || $0.repeatRule != nil }
        everyDayTimes = fixedAnnouncements.map { a in
            var times = Set(a.repeatRule?.times ?? [])
            for case .daily(let t) in a.fixedTimes { times.insert(t) }
            return times
        }
        slotsByStart = timetable.slots.enumerated().sorted { ($0.1.start, $0.0) < ($1.1.start, $1.0) }.map(\.1)
        let index = Dictionary(Set(timetable.zones.map(\.device)).sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        deviceIndex = index
        let devicesByZone = zoneDevices
        func target(_ zones: [String]) -> Target {
            let devices = Array(Set(zones.compactMap { devicesByZone[$0] })).sorted()
            return Target(zones: zones, devices: devices, deviceIDs: devices.compactMap { index[$0] })
        }
        var shapes: [String: SlotShape] = [:]
        for slot in timetable.slots where shapes[slot.id] == nil {
            let whole = target(slot.zones.sorted())
            var shape = SlotShape(target: whole, introTitle: "Nhạc hiệu — \(slot.name)", outroTitle: "Kết thúc — \(slot.name)",
                                  introLength: slot.intro.flatMap { durations[$0.path] },
                                  outroLength: slot.outro.flatMap { durations[$0.path] }, members: [])
            for a in slotMembers[slot.id] ?? [] {
                let own = Self.zones(of: a, in: slot)
                shape.members.append((a, own == whole.zones ? whole : target(own), durations[a.audio.path]))
            }
            shapes[slot.id] = shape
        }
        slotShapes = shapes
    }

    /// Every airing whose date is in `from...through`, and every issue of those days.
    public func plan(from: LocalDate, through: LocalDate) -> Plan {
        guard from <= through else { return Plan() }
        var plan = Plan()
        var day = from
        let days = through.daysSinceEpoch - from.daysSinceEpoch + 1
        while day <= through {
            let dayPlan = planDay(day)
            if plan.airings.isEmpty && !dayPlan.airings.isEmpty {
                // A year's airings in an array that grows by doubling can hold twice what it needs; days
                // are alike enough that the first one sized with some room rarely grows at all.
                plan.airings.reserveCapacity(dayPlan.airings.count * days * 5 / 4)
            }
            plan.airings += dayPlan.airings
            plan.issues += dayPlan.issues
            day = day.adding(days: 1)
        }
        return plan
    }

    public func planDay(_ date: LocalDate) -> Plan {
        var timeline = DeviceTimeline(devices: deviceIndex.count)
        // A fixed-time airing late on the day before may still be on air after midnight.
        let midnight = resolver.instant(date, LocalTime(secondsOfDay: 0)!)
        var dayBefore = DeviceTimeline(devices: deviceIndex.count)
        for airing in placeFixed(on: date.adding(days: -1), timeline: &dayBefore).airings where airing.endMs > midnight {
            timeline.take(devices: airing.devices.compactMap { deviceIndex[$0] }, start: airing.startMs, end: airing.endMs)
        }
        // Takes its airings' devices in `timeline` as it places them; the sessions pack around them.
        var plan = placeFixed(on: date, timeline: &timeline)
        for slot in slotsByStart where slot.runs(on: date) {
            let slotPlan = pack(slot, on: date, timeline: &timeline)
            plan.airings += slotPlan.airings
            plan.issues += slotPlan.issues
        }
        plan.airings = Self.inOrder(plan.airings)
        return plan
    }

    /// By start, then identity: the identity's text is made only for airings that start together, once
    /// each, and the airings are moved once rather than at every step of the sort.
    static func inOrder(_ airings: [PlannedAiring]) -> [PlannedAiring] {
        var texts = [String?](repeating: nil, count: airings.count)
        func text(_ i: Int) -> String {
            if let t = texts[i] { return t }
            let t = airings[i].identity.description
            texts[i] = t
            return t
        }
        let order = airings.indices.sorted { i, j in
            let a = airings[i].startMs, b = airings[j].startMs
            return a != b ? a < b : text(i) < text(j)
        }
        return order.map { airings[$0] }
    }

    // MARK: - Fixed times

    private func placeFixed(on date: LocalDate, timeline: inout DeviceTimeline) -> Plan {
        // Small and trivially copyable: an every-minute announcement is 1,440 of these a day, sorted.
        struct Due {
            var time: LocalTime
            var instant: Int64
            var rank: Int
            var order: Int
        }
        var due: [Due] = []
        // Zones, devices and length depend on the announcement only: worked out once, not once per time.
        var zonesAndDevices: [Int: (zones: [String], devices: [String], ids: [Int], length: Int64?)] = [:]
        // A day of every-minute airings is 1,440 instants: with no offset change near the day, each is plain arithmetic.
        let steadyOffset = resolver.steadyOffset(around: date)
        var slotNames: [LocalTime: String] = [:]
        for (order, a) in fixedAnnouncements.enumerated() where a.airs(on: date) {
            var times = everyDayTimes[order]
            for case .once(let d, let t) in a.fixedTimes where d == date { times.insert(t) }
            let rank = a.priority.packingRank
            due.reserveCapacity(due.count + times.count)
            for t in times {
                let instant = steadyOffset.map { resolver.instant(date, t, offset: $0) } ?? resolver.instant(date, t)
                due.append(Due(time: t, instant: instant, rank: rank, order: order))
            }
            let zones = (a.zones ?? allZones).sorted()
            let devices = devicesOf(zones)
            zonesAndDevices[order] = (zones, devices, devices.compactMap { deviceIndex[$0] }, durations[a.audio.path])
        }
        due.sort { ($0.instant, $0.rank, $0.order, $0.time) < ($1.instant, $1.rank, $1.order, $1.time) }
        var plan = Plan()
        plan.airings.reserveCapacity(due.count)
        for item in due {
            let a = fixedAnnouncements[item.order]
            let (zones, devices, ids, length) = zonesAndDevices[item.order] ?? ([], [], [], nil)
            let slotName: String
            if let known = slotNames[item.time] {
                slotName = known
            } else {
                slotName = AiringIdentity.fixedSlot(item.time)
                slotNames[item.time] = slotName
            }
            let identity = AiringIdentity(date: date, slot: slotName, announcement: a.id, repetition: 1, zones: zones)
            guard let length else {
                plan.issues.append(PlanIssue(identity: identity, kind: .unknownDuration(path: a.audio.path), title: a.title, campaign: a.campaign))
                continue
            }
            let start = timeline.earliestFree(devices: ids, from: item.instant, length: length)
            timeline.take(devices: ids, start: start, end: start + length)
            if start > item.instant {
                plan.issues.append(PlanIssue(identity: identity, kind: .delayed(byMs: start - item.instant), title: a.title, campaign: a.campaign))
            }
            plan.airings.append(PlannedAiring(identity: identity, kind: .item, startMs: start, dueMs: item.instant, lengthMs: length,
                                              slotID: nil, announcementID: a.id, title: a.title, campaign: a.campaign,
                                              zones: zones, devices: devices, audio: a.audio, priority: a.priority, gainDB: a.gainDB))
        }
        return plan
    }

    // MARK: - Sessions

    private func pack(_ slot: Slot, on date: LocalDate, timeline: inout DeviceTimeline) -> Plan {
        guard let shape = slotShapes[slot.id] else { return Plan() }
        struct Entry {
            var announcement: Announcement
            var target: Target
            var length: Int64?
            var repetition: Int
        }
        var entries: [Entry] = []
        let members = shape.members.filter { $0.announcement.airs(on: date) && !$0.target.zones.isEmpty }
        let rounds = members.map(\.announcement.times).max() ?? 0
        if rounds > 0 {
            for round in 1...rounds {
                for m in members where m.announcement.times >= round {
                    entries.append(Entry(announcement: m.announcement, target: m.target, length: m.length, repetition: round))
                }
            }
        }
        guard !entries.isEmpty else { return Plan() }  // nothing to say: the jingle alone is not a session

        var plan = Plan()
        let start = resolver.instant(date, slot.start)
        let end = start + slot.maxLengthMs
        let pause = timetable.pauseMs(of: slot)
        let itemsEnd = slot.outro == nil ? end : end - (shape.outroLength ?? 0) - pause
        var cursor = start
        var placedItems = 0

        func place(kind: PlannedAiring.Kind, audio: AudioRef, announcement: Announcement?, target: Target, length: Int64?,
                   repetition: Int, limit: Int64) {
            let identity = AiringIdentity(date: date, slot: slot.id,
                                          announcement: announcement?.id ?? (kind == .intro ? AiringIdentity.intro : AiringIdentity.outro),
                                          repetition: repetition, zones: target.zones)
            let title = announcement?.title ?? (kind == .intro ? shape.introTitle : shape.outroTitle)
            guard let length else {
                plan.issues.append(PlanIssue(identity: identity, kind: .unknownDuration(path: audio.path), title: title, campaign: announcement?.campaign))
                return
            }
            let at = timeline.earliestFree(devices: target.deviceIDs, from: cursor, length: length)
            guard at + length <= limit else {
                plan.issues.append(PlanIssue(identity: identity, kind: .overflow(neededMs: length, leftMs: max(0, limit - cursor)),
                                             title: title, campaign: announcement?.campaign))
                return
            }
            timeline.take(devices: target.deviceIDs, start: at, end: at + length)
            plan.airings.append(PlannedAiring(identity: identity, kind: kind, startMs: at, dueMs: at, lengthMs: length, slotID: slot.id,
                                              announcementID: announcement?.id, title: title, campaign: announcement?.campaign,
                                              zones: target.zones, devices: target.devices, audio: audio,
                                              priority: announcement?.priority ?? .normal, gainDB: announcement?.gainDB ?? 0))
            cursor = at + length + pause
            if kind == .item { placedItems += 1 }
        }

        if let intro = slot.intro {
            place(kind: .intro, audio: intro, announcement: nil, target: shape.target, length: shape.introLength, repetition: 1, limit: itemsEnd)
        }
        for entry in entries {
            place(kind: .item, audio: entry.announcement.audio, announcement: entry.announcement, target: entry.target,
                  length: entry.length, repetition: entry.repetition, limit: itemsEnd)
        }
        if placedItems == 0 {
            // Every item overflowed: do not air a jingle into silence.
            plan.airings.removeAll()
            return plan
        }
        if let outro = slot.outro {
            place(kind: .outro, audio: outro, announcement: nil, target: shape.target, length: shape.outroLength, repetition: 1, limit: end)
        }
        return plan
    }

    /// An announcement with zones of its own airs, within a session, to those of them the session reaches.
    public static func zones(of a: Announcement, in slot: Slot) -> [String] {
        guard let own = a.zones else { return slot.zones.sorted() }
        return own.filter { slot.zones.contains($0) }.sorted()
    }

    private func devicesOf(_ zones: [String]) -> [String] {
        Array(Set(zones.compactMap { zoneDevices[$0] })).sorted()
    }
}
