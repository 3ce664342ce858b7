/// `[speech]` in loa.toml and an announcement's `text`, `text_file` and voice overrides.
enum SpeechConfigParser {
    static let stationKeys = ["engine", "command", "voice", "speed", "pitch", "pause", "chime_before", "chime_after",
                              "repeat", "time_limit", "abbreviations"]
    /// The keys an announcement may add to say what it reads and how.
    static let announcementKeys = ["text", "text_file", "voice", "speed", "pitch", "repeat", "chime_before", "chime_after"]

    static func parseStation(_ file: ParsedFile, reporter: Reporter) -> SpeechSettings {
        var settings = SpeechSettings()
        guard let value = file.table["speech"] else { return settings }
        guard case .table(let table) = value else {
            file.reader(file.table, section: .top, subject: "", reporter: reporter)
                .wrongType("speech", value, expected: "a table", example: "[speech] on a line of its own")
            return settings
        }
        let r = file.reader(table, section: .table("speech"), subject: "speech", reporter: reporter, allowed: stationKeys)
        r.rejectUnknownKeys()
        let engine = r.string("engine", example: "engine = \"espeak-ng\"")?.lowercased()
        switch engine {
        case nil, "espeak-ng", "espeak":
            if r.has("command") {
                r.report(.invalidValue, key: "command", message: "a command is given but the engine is not \"command\", so it would not be used.",
                         fix: "Add engine = \"command\", or remove the command line.")
            }
        case "command":
            if let command = r.string("command", example: "command = \"espeak-ng -v vi --stdin --stdout\"") {
                settings.engine = .command(command)
            } else if !r.has("command") {
                r.missing("command", example: "command = \"piper --model /etc/loa/vi.onnx --output_file -\"")
            }
        case let other?:
            r.report(.invalidValue, key: "engine", message: "\"\(other)\" is not a speech engine loa knows.",
                     fix: "Use \"espeak-ng\", or \"command\" with command = \"…\" for a program that reads text on stdin and writes WAV on stdout.")
        }
        readVoice(r, into: &settings.voice)
        if let speed = r.integer("speed", range: 80...450, example: "speed = 150") { settings.speed = speed }
        if let pitch = r.integer("pitch", range: 0...99, example: "pitch = 50") { settings.pitch = pitch }
        if let pause = r.pause("pause") { settings.sentencePauseMs = pause }
        if let limit = r.duration("time_limit", example: "time_limit = \"30s\"") {
            if limit < 1000 {
                r.report(.invalidValue, key: "time_limit", message: "a time limit under one second would stop every reading.",
                         fix: "Write for example: time_limit = \"30s\"")
            } else {
                settings.timeLimitMs = limit
            }
        }
        settings.chimeBefore = r.string("chime_before", example: "chime_before = \"audio/chuong.wav\"").map(file.audio)
        settings.chimeAfter = r.string("chime_after", example: "chime_after = \"audio/chuong.wav\"").map(file.audio)
        if let again = r.bool("repeat", example: "repeat = true") { settings.repeatNotice = again }
        settings.abbreviations = abbreviations(r, file: file, reporter: reporter)
        return settings
    }

    private static func abbreviations(_ r: TableReader, file: ParsedFile, reporter: Reporter) -> [String: String] {
        guard let value = r.table["abbreviations"] else { return [:] }
        let example = "[speech.abbreviations] with lines such as HTX = \"hợp tác xã\""
        guard case .table(let table) = value else {
            r.wrongType("abbreviations", value, expected: "a table", example: example)
            return [:]
        }
        let inner = file.reader(table, section: .table("speech.abbreviations"), subject: "speech.abbreviations", reporter: reporter)
        var out: [String: String] = [:]
        for key in table.keys {
            guard case .string(let said)? = table[key], !said.trimmingSpaces().isEmpty else {
                inner.report(.wrongType, key: key, message: "\(key) must be the words it is read as, in quotes.",
                             fix: "Write for example: \(key.nfc) = \"hợp tác xã\"")
                continue
            }
            out[key.nfc] = said.trimmingSpaces().nfc
        }
        return out
    }

    private static func readVoice(_ r: TableReader, into voice: inout String) {
        guard let v = r.string("voice", example: "voice = \"vi\"") else { return }
        let lowered = v.lowercased()
        if SpeechSettings.voices.contains(lowered) {
            voice = lowered
        } else {
            let near = NearestMatch.suggestion(for: lowered, among: SpeechSettings.voices)
            r.report(.invalidValue, key: "voice", message: "\"\(v)\" is not a Vietnamese voice loa knows.",
                     fix: (near.map { "Did you mean \"\($0)\"? " } ?? "")
                         + "Use \"vi\" (Northern), \"vi-vn-x-central\" (Central) or \"vi-vn-x-south\" (Southern).")
        }
    }

    /// What an announcement reads, if it reads text: exactly one of audio, text and text_file. Returns
    /// `.audio` when it names audio (or nothing, which the caller reports as a missing audio).
    enum Content {
        case audio
        case text(SpokenText)
        case invalid
    }

    static func parseAnnouncement(_ r: TableReader, file: ParsedFile, station: SpeechSettings) -> Content {
        let sources = ["audio", "text", "text_file"].filter(r.has)
        if sources.count > 1 {
            r.report(.invalidValue, key: sources[1], keyPath: sources.joined(separator: "/"),
                     message: "it has both \(sources.joined(separator: " and ")); an announcement is either a recording or a text to read.",
                     fix: "Keep one: audio = \"audio/x.mp3\" for a recording, text = \"\"\"…\"\"\" or text_file = \"texts/x.txt\" for a notice read aloud.")
            return .invalid
        }
        var overrides = SpeechOverrides()
        var voice = ""
        readVoice(r, into: &voice)
        if !voice.isEmpty { overrides.voice = voice }
        overrides.speed = r.integer("speed", range: 80...450, example: "speed = 150")
        overrides.pitch = r.integer("pitch", range: 0...99, example: "pitch = 50")
        overrides.repeatNotice = r.bool("repeat", example: "repeat = true")
        overrides.chimeBefore = r.string("chime_before", example: "chime_before = \"audio/chuong.wav\"").map(file.audio)
        overrides.chimeAfter = r.string("chime_after", example: "chime_after = \"audio/chuong.wav\"").map(file.audio)
        let voiceKeys = ["voice", "speed", "pitch", "repeat", "chime_before", "chime_after"].filter(r.has)
        if sources.first == "audio" || sources.isEmpty {
            for key in voiceKeys {
                r.report(.invalidValue, key: key, message: "\(key) says how a text is read, but this announcement plays a recording.",
                         fix: "Remove \(key), or replace audio with text = \"\"\"…\"\"\" to have the notice read aloud.",
                         severity: .warning)
            }
            return .audio
        }
        let settings = station.applying(overrides)
        if sources.first == "text" {
            guard case .string(let raw)? = r.table["text"] else {
                r.wrongType("text", r.table["text"] ?? .string(""), expected: "text in quotes",
                            example: "text = \"\"\"Ủy ban nhân dân xã thông báo …\"\"\"")
                return .invalid
            }
            let text = raw.replacingCRLF().trimmingSpaces().nfc
            guard hasWords(text) else {
                r.report(.invalidValue, key: "text", message: "the text is empty, so there is nothing to read.",
                         fix: "Write the notice between triple quotes: text = \"\"\"Ủy ban nhân dân xã thông báo …\"\"\"")
                return .invalid
            }
            return .text(SpokenText(text: text, settings: settings))
        }
        guard let written = r.string("text_file", example: "text_file = \"texts/thong-bao.txt\"") else { return .invalid }
        let path = file.audio(written).path
        guard let bytes = file.readFile(path) else {
            r.report(.textMissing, key: "text_file", message: "the text file \"\(written)\" is not there or cannot be read (looked for \(path)).",
                     fix: "Copy the file there, or correct the name; the path is relative to the folder of this file.")
            return .invalid
        }
        switch SourceText.decode(bytes) {
        case .failure(.notUTF8(let line, let column)):
            r.report(.encoding, key: "text_file",
                     message: "the text file \"\(written)\" is not saved as UTF-8 (line \(line), column \(column)), so its Vietnamese letters cannot be read.",
                     fix: "Open it and save it again choosing the encoding UTF-8 (in Notepad: Save As → Encoding → UTF-8).")
            return .invalid
        case .success(let decoded):
            let text = decoded.text.replacingCRLF().trimmingSpaces()
            guard hasWords(text) else {
                r.report(.invalidValue, key: "text_file", message: "the text file \"\(written)\" is empty, so there is nothing to read.",
                         fix: "Write the notice in it, or name another file.")
                return .invalid
            }
            return .text(SpokenText(text: text, file: written, settings: settings))
        }
    }

    private static func hasWords(_ text: String) -> Bool { text.contains { $0.isLetter || $0.isNumber } }
}

extension String {
    func replacingCRLF() -> String {
        // "\r\n" is one Character in Swift, so a split on "\r\n" characters and lone "\r" both work.
        String(map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
    }
}
