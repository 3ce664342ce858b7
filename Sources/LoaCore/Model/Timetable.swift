/// Where a configuration item was written, for messages and for file order.
public struct SourceRef: Hashable, Sendable {
    /// The path as it will be shown: relative to the configuration folder when inside it.
    public var file: String
    /// The line of the item's header (`[[announcement]]`, `[[slot]]`).
    public var line: Int
    /// Lets a later check find the line of one of the item's keys.
    public var section: KeyLocator.Section

    public init(file: String, line: Int, section: KeyLocator.Section = .top) {
        self.file = file
        self.line = line
        self.section = section
    }
}

/// An audio file named by a configuration, resolved against the file that named it.
public struct AudioRef: Hashable, Sendable, CustomStringConvertible {
    /// As the officer wrote it.
    public var written: String
    /// Absolute (or relative to the working folder when the configuration was given so).
    public var path: String

    public init(written: String, path: String) {
        self.written = written
        self.path = path
    }

    public var description: String { written }
}

public struct Station: Hashable, Sendable {
    public var name: String
    public var timeZoneID: String
    /// LUFS target; nil plays files as recorded.
    public var loudness: Double?
    /// Silence between items of a session.
    public var pauseMs: Int64
    /// How typed notices are read aloud (`[speech]`).
    public var speech: SpeechSettings
    /// Where the station is (`Cao Lâu`), for the place-and-date line of a printed report; nil: the name.
    public var place: String?

    public init(name: String, timeZoneID: String = Station.defaultTimeZoneID, loudness: Double? = nil, pauseMs: Int64 = 1000,
                place: String? = nil, speech: SpeechSettings = SpeechSettings()) {
        self.speech = speech
        self.name = name
        self.timeZoneID = timeZoneID
        self.loudness = loudness
        self.pauseMs = pauseMs
        self.place = place
    }

    public static let defaultTimeZoneID = "Asia/Ho_Chi_Minh"
}

public struct Zone: Hashable, Sendable {
    public var id: String
    public var name: String
    /// The ALSA PCM the zone's loudspeakers hang on.
    public var device: String

    public init(id: String, name: String, device: String) {
        self.id = id
        self.name = name
        self.device = device
    }
}

/// A broadcast session (buổi phát).
public struct Slot: Hashable, Sendable {
    public var id: String
    public var name: String
    public var days: DayRule
    public var window: DateWindow
    public var skip: Set<LocalDate>
    public var start: LocalTime
    public var maxLengthMs: Int64
    public var zones: [String]
    public var intro: AudioRef?
    public var outro: AudioRef?
    /// Overrides the station's pause.
    public var pauseMs: Int64?
    public var source: SourceRef

    public init(id: String, name: String, days: DayRule = .daily, window: DateWindow = DateWindow(), skip: Set<LocalDate> = [],
                start: LocalTime, maxLengthMs: Int64, zones: [String], intro: AudioRef? = nil, outro: AudioRef? = nil,
                pauseMs: Int64? = nil, source: SourceRef = SourceRef(file: "", line: 0)) {
        self.id = id
        self.name = name
        self.days = days
        self.window = window
        self.skip = skip
        self.start = start
        self.maxLengthMs = maxLengthMs
        self.zones = zones
        self.intro = intro
        self.outro = outro
        self.pauseMs = pauseMs
        self.source = source
    }

    public func runs(on date: LocalDate) -> Bool {
        window.contains(date) && days.contains(date) && !skip.contains(date)
    }
}

/// A fixed time an announcement airs at.
public enum FixedTime: Hashable, Sendable, CustomStringConvertible {
    /// Once, on that date.
    case once(LocalDate, LocalTime)
    /// Every day of the announcement's window and days.
    case daily(LocalTime)

    public var time: LocalTime {
        switch self {
        case .once(_, let t), .daily(let t): return t
        }
    }

    public var description: String {
        switch self {
        case .once(let d, let t): return "\(d) \(t)"
        case .daily(let t): return "\(t)"
        }
    }
}

/// "Every hour from 07:00 to 20:00" — both ends included when they fall on the step.
public struct RepeatRule: Hashable, Sendable {
    public var everyMs: Int64
    public var from: LocalTime
    public var until: LocalTime

    public init(everyMs: Int64, from: LocalTime, until: LocalTime) {
        self.everyMs = everyMs
        self.from = from
        self.until = until
    }

    public var times: [LocalTime] {
        var out: [LocalTime] = []
        var ms = Int64(from.secondsOfDay) * 1000
        let end = Int64(until.secondsOfDay) * 1000
        while ms <= end {
            if let t = LocalTime(secondsOfDay: Int(ms / 1000)), out.last != t { out.append(t) }
            ms += max(everyMs, 1000)
        }
        return out
    }
}

public struct Announcement: Hashable, Sendable {
    public var id: String
    public var title: String
    public var campaign: String?
    public var audio: AudioRef
    public var window: DateWindow
    public var days: DayRule
    public var slots: [String]
    public var times: Int
    public var fixedTimes: [FixedTime]
    public var repeatRule: RepeatRule?
    public var priority: Priority
    /// Nil: the slot's zones (for fixed and repeated times: every zone).
    public var zones: [String]?
    public var language: String
    public var approvedBy: String?
    public var gainDB: Double
    public var source: SourceRef
    /// A notice read aloud: its text and voice. `audio` is then the rendered WAV once `SpeechRendering`
    /// has made it (before: a `SpokenText.pendingPrefix` path that has no length).
    public var speech: SpokenText?

    public init(id: String, title: String, campaign: String? = nil, audio: AudioRef, window: DateWindow = DateWindow(),
                days: DayRule = .daily, slots: [String] = [], times: Int = 1, fixedTimes: [FixedTime] = [],
                repeatRule: RepeatRule? = nil, priority: Priority = .normal, zones: [String]? = nil,
                language: String = "vi", approvedBy: String? = nil, gainDB: Double = 0,
                source: SourceRef = SourceRef(file: "", line: 0), speech: SpokenText? = nil) {
        self.speech = speech
        self.id = id
        self.title = title
        self.campaign = campaign
        self.audio = audio
        self.window = window
        self.days = days
        self.slots = slots
        self.times = times
        self.fixedTimes = fixedTimes
        self.repeatRule = repeatRule
        self.priority = priority
        self.zones = zones
        self.language = language
        self.approvedBy = approvedBy
        self.gainDB = gainDB
        self.source = source
    }

    public func airs(on date: LocalDate) -> Bool { window.contains(date) && days.contains(date) }
}

/// The whole validated configuration.
public struct Timetable: Hashable, Sendable {
    public var station: Station
    /// Sorted by id.
    public var zones: [Zone]
    /// In file order.
    public var slots: [Slot]
    /// In file order: files by name, announcements as written.
    public var announcements: [Announcement]

    public init(station: Station, zones: [Zone], slots: [Slot], announcements: [Announcement]) {
        self.station = station
        self.zones = zones.sorted { $0.id < $1.id }
        self.slots = slots
        self.announcements = announcements
    }

    public func zone(_ id: String) -> Zone? { zones.first { $0.id == id } }
    public func slot(_ id: String) -> Slot? { slots.first { $0.id == id } }

    /// The silence between two airings of a session: the slot's own pause, else the station's. Planner,
    /// checker and player all take it from here, so what is planned is what plays.
    public func pauseMs(of slot: Slot?) -> Int64 { slot?.pauseMs ?? station.pauseMs }

    /// Every audio file the timetable can play.
    public var audioFiles: [AudioRef] {
        var seen = Set<String>()
        var out: [AudioRef] = []
        for ref in slots.flatMap({ [$0.intro, $0.outro].compactMap { $0 } }) + announcements.map(\.audio)
        where !ref.path.hasPrefix(SpokenText.placeholderPrefix) && seen.insert(ref.path).inserted {
            out.append(ref)
        }
        return out
    }
}
