/// Checks that need the whole configuration: ids, references, and whether each item can ever air.
enum TimetableValidator {
    static func validate(_ t: Timetable, locators: [String: KeyLocator], reporter: Reporter,
                         declaredZones: Set<String> = [], declaredSlots: Set<String> = []) {
        func report(_ code: Diagnostic.Code, _ source: SourceRef, key: String?, severity: Diagnostic.Severity = .error,
                    subject: String, message: String, fix: String) {
            let place = locators[source.file]?.place(of: key, in: source.section) ?? KeyLocator.Place(line: source.line, column: 1)
            reporter.add(Diagnostic(severity, code, file: source.file, line: place.line, column: place.column,
                                    subject: subject, keyPath: key ?? "", message: message, fix: fix))
        }
        let zoneIDs = t.zones.map(\.id)
        let slotIDs = t.slots.map(\.id)

        func checkZones(_ zones: [String], source: SourceRef, subject: String) {
            for zone in zones where !zoneIDs.contains(zone) && !declaredZones.contains(zone) {
                let near = NearestMatch.suggestion(for: zone, among: zoneIDs)
                report(.unknownZone, source, key: "zones", subject: subject, message: "there is no zone \"\(zone)\".",
                       fix: (near.map { "Did you mean \"\($0)\"? " } ?? "") + "Zones in loa.toml: \(zoneIDs.joined(separator: ", ")).")
            }
        }

        var firstSlot: [String: Slot] = [:]
        for slot in t.slots {
            let subject = "slot \"\(slot.id)\""
            if let first = firstSlot[slot.id] {
                report(.duplicateID, slot.source, key: "id", subject: subject,
                       message: "another slot already has the id \"\(slot.id)\" (\(first.source.file), line \(first.source.line)).",
                       fix: "Give each session its own id, such as \"\(slot.id)-2\".")
            } else {
                firstSlot[slot.id] = slot
            }
            checkZones(slot.zones, source: slot.source, subject: subject)
        }

        var firstAnnouncement: [String: Announcement] = [:]
        for a in t.announcements {
            let subject = "announcement \"\(a.id)\""
            if let first = firstAnnouncement[a.id] {
                report(.duplicateID, a.source, key: "id", subject: subject,
                       message: "another announcement already has the id \"\(a.id)\" (\(first.source.file), line \(first.source.line)).",
                       fix: "Give each announcement its own id, such as \"\(a.id)-2\"; the id names its airings in the log.")
            } else {
                firstAnnouncement[a.id] = a
            }
            if let zones = a.zones { checkZones(zones, source: a.source, subject: subject) }
            var knownSlots: [Slot] = []
            for slotID in a.slots {
                if let slot = firstSlot[slotID] {
                    if !slot.window.isEmpty { knownSlots.append(slot) }
                } else if !declaredSlots.contains(slotID) {
                    let near = NearestMatch.suggestion(for: slotID, among: slotIDs)
                    report(.unknownSlot, a.source, key: "slots", subject: subject, message: "there is no slot \"\(slotID)\".",
                           fix: (near.map { "Did you mean \"\($0)\"? " } ?? "") + "Slots in loa.toml: \(slotIDs.joined(separator: ", ")).")
                }
            }
            if a.approvedBy == nil {
                report(.notApproved, a.source, key: nil, severity: .warning, subject: subject,
                       message: "nobody is named as having approved it.",
                       fix: "Add approved_by = \"…\" with the name of who approved the text (or once at the top of the file).")
            }
            checkCanAir(a, slots: knownSlots, allSlotsKnown: knownSlots.count == a.slots.count) { key, message, fix in
                report(.neverAirs, a.source, key: key, subject: subject, message: message, fix: fix)
            }
        }
    }

    /// Reports an announcement, or a part of its schedule, that no date could ever satisfy.
    private static func checkCanAir(_ a: Announcement, slots: [Slot], allSlotsKnown: Bool,
                                    report: (String?, String, String) -> Void) {
        guard !a.window.isEmpty else { return }  // already reported as a reversed window
        let days = a.days.phrase
        var slotPaths = 0
        for slot in slots {
            let zones = a.zones.map { own in own.filter { slot.zones.contains($0) } } ?? slot.zones
            if zones.isEmpty {
                report("zones", "it is for zones \((a.zones ?? []).joined(separator: ", ")), but slot \"\(slot.id)\" reaches only \(slot.zones.joined(separator: ", ")), so it never airs in that slot.",
                       "Add one of its zones to the slot, or remove \"\(slot.id)\" from its slots.")
                continue
            }
            let window = a.window.intersection(slot.window)
            if firstDay(in: window, where: { a.days.contains($0) && slot.runs(on: $0) }) == nil {
                report(nil, "it never meets slot \"\(slot.id)\": \(describe(a.window)) \(days), while the slot runs \(describe(slot.window)) \(slot.days.phrase)\(slot.skip.isEmpty ? "" : " except its skip dates").",
                       "Change its from/until or days, or the slot's, so that they share at least one day.")
                continue
            }
            slotPaths += 1
        }
        var fixedPaths = 0
        for fixed in a.fixedTimes {
            switch fixed {
            case .once(let date, let time):
                if a.airs(on: date) {
                    fixedPaths += 1
                } else {
                    report("at", "its fixed time \(date) \(time) is outside its own dates (\(describe(a.window)), \(days)), so it would never air.",
                           "Move the date into its window, or widen from/until.")
                }
            case .daily:
                if firstDay(in: a.window, where: a.days.contains) != nil { fixedPaths += 1 } else {
                    report("days", "no day of \(describe(a.window)) is one of its days (\(days)).", "Widen its dates or change its days.")
                }
            }
        }
        if a.repeatRule != nil {
            if firstDay(in: a.window, where: a.days.contains) != nil { fixedPaths += 1 } else {
                report("days", "no day of \(describe(a.window)) is one of its days (\(days)).", "Widen its dates or change its days.")
            }
        }
        _ = (slotPaths, fixedPaths, allSlotsKnown)
    }

    /// The first date in the window (open ends bounded to a few years) that satisfies `test`.
    static func firstDay(in window: DateWindow, where test: (LocalDate) -> Bool) -> LocalDate? {
        let start = window.from ?? window.until.map { $0.adding(days: -1500) } ?? LocalDate(daysSinceEpoch: 20_000)
        let end = window.until ?? start.adding(days: 1500)
        var day = start
        while day <= end {
            if test(day) { return day }
            day = day.adding(days: 1)
        }
        return nil
    }

    static func describe(_ window: DateWindow) -> String {
        switch (window.from, window.until) {
        case (nil, nil): return "on any date"
        case (let f?, nil): return "from \(f)"
        case (nil, let u?): return "until \(u)"
        case (let f?, let u?): return "from \(f) to \(u)"
        }
    }
}
