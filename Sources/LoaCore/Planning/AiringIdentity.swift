/// The stable name of one planned airing: `DATE/SLOT/ANNOUNCEMENT/REP/ZONES`.
///
/// Built only from what the officer wrote about this airing (its date, its session or fixed time, its
/// announcement id, which repetition, which zones), never from its position or instant, so editing an
/// unrelated announcement does not rename it and a restarted daemon recognises what it already aired.
public struct AiringIdentity: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: LocalDate
    /// A slot id, or `@HH:MM` for a fixed time.
    public var slot: String
    /// An announcement id, or `#intro` / `#outro`.
    public var announcement: String
    public var repetition: Int
    /// Sorted.
    public var zones: [String]

    public init(date: LocalDate, slot: String, announcement: String, repetition: Int, zones: [String]) {
        self.date = date
        self.slot = slot
        self.announcement = announcement
        self.repetition = repetition
        self.zones = zones.sorted()
    }

    public static let intro = "#intro"
    public static let outro = "#outro"

    public static func fixedSlot(_ time: LocalTime) -> String { "@\(time)" }

    public var description: String {
        // Appended into one buffer: the planner and the report make this text for a million airings.
        var text = date.description
        text.reserveCapacity(16 + slot.utf8.count + announcement.utf8.count + zones.reduce(0) { $0 + $1.utf8.count + 1 })
        text += "/"
        text += slot
        text += "/"
        text += announcement
        text += "/"
        text += String(repetition)
        text += "/"
        for (i, zone) in zones.enumerated() {
            if i > 0 { text += "+" }
            text += zone
        }
        return text
    }

    /// Parses the form `description` writes.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 5, case .success(let date) = LocalDate.parse(String(parts[0])),
              let rep = Int(parts[3]), !parts[1].isEmpty, !parts[2].isEmpty else { return nil }
        self.init(date: date, slot: String(parts[1]), announcement: String(parts[2]), repetition: rep,
                  zones: parts[4].split(separator: "+").map(String.init))
    }

    public static func < (a: AiringIdentity, b: AiringIdentity) -> Bool { a.description < b.description }
}
