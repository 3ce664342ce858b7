/// How a station's typed notices are read aloud: `[speech]` in loa.toml, with an announcement's own
/// overrides applied (`SpeechSettings.applying`).
public struct SpeechSettings: Hashable, Sendable {
    public enum Engine: Hashable, Sendable {
        /// The espeak-ng program with its Vietnamese voices.
        case espeakNG
        /// Any program that reads text on stdin and writes WAV on stdout, run by /bin/sh (so the
        /// technician may write a pipeline); voice, speed and pitch reach it as LOA_VOICE, LOA_SPEED, LOA_PITCH.
        case command(String)
    }

    public static let voices = ["vi", "vi-vn-x-central", "vi-vn-x-south"]
    /// Said between the two readings of `repeat = true`: "let me say it again".
    public static let repeatPhrase = "Xin nhắc lại"

    public var engine: Engine
    /// An espeak-ng voice: vi (Northern), vi-vn-x-central, vi-vn-x-south.
    public var voice: String
    /// Words per minute (espeak-ng's -s).
    public var speed: Int
    /// 0–99 (espeak-ng's -p).
    public var pitch: Int
    /// Silence between sentences.
    public var sentencePauseMs: Int64
    public var chimeBefore: AudioRef?
    public var chimeAfter: AudioRef?
    /// Read the notice twice, with "Xin nhắc lại" between.
    public var repeatNotice: Bool
    /// A rendering that takes longer is killed and reported.
    public var timeLimitMs: Int64
    /// Station abbreviations for the reader, such as "UBND" → "ủy ban nhân dân".
    public var abbreviations: [String: String]

    public init(engine: Engine = .espeakNG, voice: String = "vi", speed: Int = 150, pitch: Int = 50,
                sentencePauseMs: Int64 = 600, chimeBefore: AudioRef? = nil, chimeAfter: AudioRef? = nil,
                repeatNotice: Bool = false, timeLimitMs: Int64 = 30_000, abbreviations: [String: String] = [:]) {
        self.engine = engine
        self.voice = voice
        self.speed = speed
        self.pitch = pitch
        self.sentencePauseMs = sentencePauseMs
        self.chimeBefore = chimeBefore
        self.chimeAfter = chimeAfter
        self.repeatNotice = repeatNotice
        self.timeLimitMs = timeLimitMs
        self.abbreviations = abbreviations
    }

    public func applying(_ o: SpeechOverrides) -> SpeechSettings {
        var s = self
        if let v = o.voice { s.voice = v }
        if let v = o.speed { s.speed = v }
        if let v = o.pitch { s.pitch = v }
        if let v = o.repeatNotice { s.repeatNotice = v }
        if let v = o.chimeBefore { s.chimeBefore = v }
        if let v = o.chimeAfter { s.chimeAfter = v }
        return s
    }
}

/// What one announcement changes of the station's speech settings.
public struct SpeechOverrides: Hashable, Sendable {
    public var voice: String?
    public var speed: Int?
    public var pitch: Int?
    public var repeatNotice: Bool?
    public var chimeBefore: AudioRef?
    public var chimeAfter: AudioRef?

    public init(voice: String? = nil, speed: Int? = nil, pitch: Int? = nil, repeatNotice: Bool? = nil,
                chimeBefore: AudioRef? = nil, chimeAfter: AudioRef? = nil) {
        self.voice = voice
        self.speed = speed
        self.pitch = pitch
        self.repeatNotice = repeatNotice
        self.chimeBefore = chimeBefore
        self.chimeAfter = chimeAfter
    }
}

/// A notice typed in the configuration, to be read aloud: the text (NFC) and how.
public struct SpokenText: Hashable, Sendable {
    public var text: String
    /// `text_file` as written, or nil for a `text` in the announcement itself.
    public var file: String?
    /// The station's settings with the announcement's overrides.
    public var settings: SpeechSettings

    public init(text: String, file: String? = nil, settings: SpeechSettings) {
        self.text = text
        self.file = file
        self.settings = settings
    }

    /// The first words, for the report and `loa check`: at most `limit` characters, cut at a space.
    public func beginning(limit: Int = 60) -> String {
        let flat = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let atSpace = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(atSpace) + "…"
    }

    /// Audio paths that are no file: a notice not yet read aloud, or one that could not be. Never probed.
    public static let placeholderPrefix = "speech:"
    /// Where a text announcement's audio is until it is rendered: the planner finds no length for it.
    public static let pendingPrefix = placeholderPrefix + "pending/"
}
