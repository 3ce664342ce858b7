/// Checks that need the whole configuration: ids, references, and whether each item can ever air.
enum TimetableValidator {
    static func validate(_ t: Timetable, locators: [String: KeyLocator], reporter: Reporter,
                         declaredZones: Set<String> = [], declaredSlots: Set<String> = []) {
        func report(_ code: Diagnostic.Code, _ source: SourceRef, key: String?, severity: Diagnostic.Severity = .error,
                    subject: LocalizedText, message: LocalizedText, fix: LocalizedText) {
            let place = locators[source.file]?.place(of: key, in: source.section) ?? KeyLocator.Place(line: source.line, column: 1)
            reporter.add(Diagnostic(severity, code, file: source.file, line: place.line, column: place.column,
                                    subject: subject, keyPath: key ?? "", message: message, fix: fix))
        }
        let zoneIDs = t.zones.map(\.id)
        let slotIDs = t.slots.map(\.id)

        func checkZones(_ zones: [String], source: SourceRef, subject: LocalizedText) {
            for zone in zones where !zoneIDs.contains(zone) && !declaredZones.contains(zone) {
                let near = NearestMatch.suggestion(for: zone, among: zoneIDs)
                let known = zoneIDs.joined(separator: ", ")
                report(.unknownZone, source, key: "zones", subject: subject,
                       message: LocalizedText(en: "there is no zone \"\(zone)\".", vi: "không có cụm loa nào mã là \"\(zone)\"."),
                       fix: .didYouMean(near) + LocalizedText(en: "Zones in loa.toml: \(known).", vi: "Các cụm loa có trong loa.toml: \(known)."))
            }
        }

        var firstSlot: [String: Slot] = [:]
        for slot in t.slots {
            let subject = LocalizedText.slot(slot.id)
            if let first = firstSlot[slot.id] {
                report(.duplicateID, slot.source, key: "id", subject: subject,
                       message: LocalizedText(
                           en: "another slot already has the id \"\(slot.id)\" (\(first.source.file), line \(first.source.line)).",
                           vi: "đã có một buổi phát khác mang mã \"\(slot.id)\" (\(first.source.file), dòng \(first.source.line))."),
                       fix: LocalizedText(en: "Give each session its own id, such as \"\(slot.id)-2\".",
                                          vi: "Đặt cho mỗi buổi phát một mã riêng, ví dụ \"\(slot.id)-2\"."))
            } else {
                firstSlot[slot.id] = slot
            }
            checkZones(slot.zones, source: slot.source, subject: subject)
        }

        var firstAnnouncement: [String: Announcement] = [:]
        for a in t.announcements {
            let subject = LocalizedText.announcement(a.id)
            if let first = firstAnnouncement[a.id] {
                report(.duplicateID, a.source, key: "id", subject: subject,
                       message: LocalizedText(
                           en: "another announcement already has the id \"\(a.id)\" (\(first.source.file), line \(first.source.line)).",
                           vi: "đã có một thông báo khác mang mã \"\(a.id)\" (\(first.source.file), dòng \(first.source.line))."),
                       fix: LocalizedText(en: "Give each announcement its own id, such as \"\(a.id)-2\"; the id names its airings in the log.",
                                          vi: "Đặt cho mỗi thông báo một mã riêng, ví dụ \"\(a.id)-2\"; nhật ký phát sóng ghi thông báo theo mã này."))
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
                    let known = slotIDs.joined(separator: ", ")
                    report(.unknownSlot, a.source, key: "slots", subject: subject,
                           message: LocalizedText(en: "there is no slot \"\(slotID)\".", vi: "không có buổi phát nào mã là \"\(slotID)\"."),
                           fix: .didYouMean(near) + LocalizedText(en: "Slots in loa.toml: \(known).", vi: "Các buổi phát có trong loa.toml: \(known)."))
                }
            }
            if a.approvedBy == nil {
                report(.notApproved, a.source, key: nil, severity: .warning, subject: subject,
                       message: LocalizedText(en: "nobody is named as having approved it.", vi: "chưa ghi tên người duyệt thông báo này."),
                       fix: LocalizedText(en: "Add approved_by = \"…\" with the name of who approved the text (or once at the top of the file).",
                                          vi: "Thêm dòng approved_by = \"…\" ghi tên người đã duyệt nội dung (hoặc ghi một lần ở đầu tệp)."))
            }
            checkCanAir(a, slots: knownSlots, allSlotsKnown: knownSlots.count == a.slots.count) { key, message, fix in
                report(.neverAirs, a.source, key: key, subject: subject, message: message, fix: fix)
            }
        }
    }

    /// Reports an announcement, or a part of its schedule, that no date could ever satisfy.
    private static func checkCanAir(_ a: Announcement, slots: [Slot], allSlotsKnown: Bool,
                                    report: (String?, LocalizedText, LocalizedText) -> Void) {
        guard !a.window.isEmpty else { return }  // already reported as a reversed window
        let days = a.days.phraseText
        var slotPaths = 0
        for slot in slots {
            let zones = a.zones.map { own in own.filter { slot.zones.contains($0) } } ?? slot.zones
            if zones.isEmpty {
                let own = (a.zones ?? []).joined(separator: ", "), reached = slot.zones.joined(separator: ", ")
                report("zones",
                       LocalizedText(en: "it is for zones \(own), but slot \"\(slot.id)\" reaches only \(reached), so it never airs in that slot.",
                                     vi: "dành cho cụm loa \(own), nhưng buổi phát \"\(slot.id)\" chỉ phát tới \(reached), nên sẽ không bao giờ được phát trong buổi đó."),
                       LocalizedText(en: "Add one of its zones to the slot, or remove \"\(slot.id)\" from its slots.",
                                     vi: "Thêm một cụm loa của thông báo vào buổi phát, hoặc bỏ \"\(slot.id)\" khỏi slots của thông báo."))
                continue
            }
            let window = a.window.intersection(slot.window)
            if firstDay(in: window, where: { a.days.contains($0) && slot.runs(on: $0) }) == nil {
                let mine = describe(a.window), its = describe(slot.window), slotDays = slot.days.phraseText
                report(nil,
                       LocalizedText(en: "it never meets slot \"\(slot.id)\": \(mine.en) \(days.en), while the slot runs \(its.en) \(slotDays.en)\(slot.skip.isEmpty ? "" : " except its skip dates").",
                                     vi: "không có ngày nào trùng với buổi phát \"\(slot.id)\": thông báo phát \(mine.vi), \(days.vi), còn buổi phát chạy \(its.vi), \(slotDays.vi)\(slot.skip.isEmpty ? "" : " (trừ các ngày nghỉ trong skip)")."),
                       LocalizedText(en: "Change its from/until or days, or the slot's, so that they share at least one day.",
                                     vi: "Sửa from/until hoặc days của thông báo (hoặc của buổi phát) để có ít nhất một ngày trùng nhau."))
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
                    let mine = describe(a.window)
                    report("at",
                           LocalizedText(en: "its fixed time \(date) \(time) is outside its own dates (\(mine.en), \(days.en)), so it would never air.",
                                         vi: "giờ phát cố định \(date) \(time) nằm ngoài thời gian phát của chính thông báo (\(mine.vi), \(days.vi)), nên sẽ không bao giờ được phát."),
                           LocalizedText(en: "Move the date into its window, or widen from/until.",
                                         vi: "Chuyển ngày đó vào trong thời gian phát, hoặc nới rộng from/until."))
                }
            case .daily:
                if firstDay(in: a.window, where: a.days.contains) != nil { fixedPaths += 1 } else {
                    report("days", noDayMatches(a.window, days), widenDates)
                }
            }
        }
        if a.repeatRule != nil {
            if firstDay(in: a.window, where: a.days.contains) != nil { fixedPaths += 1 } else {
                report("days", noDayMatches(a.window, days), widenDates)
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

    static func describe(_ window: DateWindow) -> LocalizedText {
        switch (window.from, window.until) {
        case (nil, nil): return LocalizedText(en: "on any date", vi: "vào bất kỳ ngày nào")
        case (let f?, nil): return LocalizedText(en: "from \(f)", vi: "từ \(f)")
        case (nil, let u?): return LocalizedText(en: "until \(u)", vi: "đến hết \(u)")
        case (let f?, let u?): return LocalizedText(en: "from \(f) to \(u)", vi: "từ \(f) đến \(u)")
        }
    }

    private static func noDayMatches(_ window: DateWindow, _ days: LocalizedText) -> LocalizedText {
        let dates = describe(window)
        return LocalizedText(en: "no day of \(dates.en) is one of its days (\(days.en)).",
                             vi: "trong khoảng \(dates.vi) không có ngày nào thuộc các ngày phát của nó (\(days.vi)).")
    }

    private static let widenDates = LocalizedText(en: "Widen its dates or change its days.",
                                                  vi: "Nới rộng khoảng ngày phát, hoặc đổi các ngày phát (days).")
}
