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
            file.reader(file.table, section: .top, subject: .empty, reporter: reporter)
                .wrongType("speech", value, expected: LocalizedText(en: "a table", vi: "một bảng"), example: .onItsOwnLine("[speech]"))
            return settings
        }
        let r = file.reader(table, section: .table("speech"), subject: LocalizedText(en: "speech", vi: "bảng [speech]"), reporter: reporter, allowed: stationKeys)
        r.rejectUnknownKeys()
        let engine = r.string("engine", example: "engine = \"espeak-ng\"")?.lowercased()
        switch engine {
        case nil, "espeak-ng", "espeak":
            if r.has("command") {
                r.report(.invalidValue, key: "command",
                         message: LocalizedText(en: "a command is given but the engine is not \"command\", so it would not be used.",
                                                vi: "có ghi command nhưng engine không phải là \"command\", nên lệnh này sẽ không được dùng."),
                         fix: LocalizedText(en: "Add engine = \"command\", or remove the command line.",
                                            vi: "Thêm dòng engine = \"command\", hoặc xóa dòng command đi."))
            }
        case "command":
            if let command = r.string("command", example: "command = \"espeak-ng -v vi --stdin --stdout\"") {
                settings.engine = .command(command)
            } else if !r.has("command") {
                r.missing("command", example: "command = \"piper --model /etc/loa/vi.onnx --output_file -\"")
            }
        case let other?:
            r.report(.invalidValue, key: "engine",
                     message: LocalizedText(en: "\"\(other)\" is not a speech engine loa knows.",
                                            vi: "loa không biết bộ đọc giọng nói nào tên là \"\(other)\"."),
                     fix: LocalizedText(
                         en: "Use \"espeak-ng\", or \"command\" with command = \"…\" for a program that reads text on stdin and writes WAV on stdout.",
                         vi: "Dùng \"espeak-ng\", hoặc \"command\" kèm command = \"…\" cho chương trình nhận chữ ở stdin và xuất WAV ra stdout."))
        }
        readVoice(r, into: &settings.voice)
        if let speed = r.integer("speed", range: 80...450, example: "speed = 150") { settings.speed = speed }
        if let pitch = r.integer("pitch", range: 0...99, example: "pitch = 50") { settings.pitch = pitch }
        if let pause = r.pause("pause") { settings.sentencePauseMs = pause }
        if let limit = r.duration("time_limit", example: "time_limit = \"30s\"") {
            if limit < 1000 {
                r.report(.invalidValue, key: "time_limit",
                         message: LocalizedText(en: "a time limit under one second would stop every reading.",
                                                vi: "giới hạn thời gian dưới một giây sẽ làm dừng mọi lần đọc."),
                         fix: LocalizedText(en: "Write for example: time_limit = \"30s\"", vi: "Sửa thành, ví dụ: time_limit = \"30s\""))
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
        let example = LocalizedText(en: "[speech.abbreviations] with lines such as HTX = \"hợp tác xã\"",
                                    vi: "[speech.abbreviations], dưới đó là các dòng như HTX = \"hợp tác xã\"")
        guard case .table(let table) = value else {
            r.wrongType("abbreviations", value, expected: LocalizedText(en: "a table", vi: "một bảng"), example: example)
            return [:]
        }
        let inner = file.reader(table, section: .table("speech.abbreviations"), subject: LocalizedText(en: "speech.abbreviations", vi: "bảng [speech.abbreviations]"), reporter: reporter)
        var out: [String: String] = [:]
        for key in table.keys {
            guard case .string(let said)? = table[key], !said.trimmingSpaces().isEmpty else {
                inner.report(.wrongType, key: key,
                             message: LocalizedText(en: "\(key) must be the words it is read as, in quotes.",
                                                    vi: "\(key) phải là cách đọc đầy đủ, đặt trong dấu ngoặc kép."),
                             fix: LocalizedText(en: "Write for example: \(key.nfc) = \"hợp tác xã\"", vi: "Sửa thành, ví dụ: \(key.nfc) = \"hợp tác xã\""))
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
            r.report(.invalidValue, key: "voice",
                     message: LocalizedText(en: "\"\(v)\" is not a Vietnamese voice loa knows.",
                                            vi: "loa không biết giọng đọc tiếng Việt nào tên là \"\(v)\"."),
                     fix: .didYouMean(near) + LocalizedText(
                         en: "Use \"vi\" (Northern), \"vi-vn-x-central\" (Central) or \"vi-vn-x-south\" (Southern).",
                         vi: "Dùng \"vi\" (giọng Bắc), \"vi-vn-x-central\" (giọng Trung) hoặc \"vi-vn-x-south\" (giọng Nam)."))
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
                     message: LocalizedText(
                         en: "it has both \(sources.joined(separator: " and ")); an announcement is either a recording or a text to read.",
                         vi: "thông báo có cả \(sources.joined(separator: " và ")); mỗi thông báo chỉ là một bản ghi âm hoặc một văn bản để đọc."),
                     fix: LocalizedText(
                         en: "Keep one: audio = \"audio/x.mp3\" for a recording, text = \"\"\"…\"\"\" or text_file = \"texts/x.txt\" for a notice read aloud.",
                         vi: "Chỉ giữ một: audio = \"audio/x.mp3\" cho bản ghi âm, text = \"\"\"…\"\"\" hoặc text_file = \"texts/x.txt\" cho thông báo để máy đọc."))
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
                r.report(.invalidValue, key: key,
                         message: LocalizedText(en: "\(key) says how a text is read, but this announcement plays a recording.",
                                                vi: "\(key) dùng để chỉnh cách đọc văn bản, nhưng thông báo này phát bản ghi âm."),
                         fix: LocalizedText(en: "Remove \(key), or replace audio with text = \"\"\"…\"\"\" to have the notice read aloud.",
                                            vi: "Xóa dòng \(key), hoặc thay audio bằng text = \"\"\"…\"\"\" để máy đọc thông báo."),
                         severity: .warning)
            }
            return .audio
        }
        let settings = station.applying(overrides)
        if sources.first == "text" {
            guard case .string(let raw)? = r.table["text"] else {
                r.wrongType("text", r.table["text"] ?? .string(""), expected: LocalizedText(en: "text in quotes", vi: "chữ đặt trong dấu ngoặc kép"),
                            example: "text = \"\"\"Ủy ban nhân dân xã thông báo …\"\"\"")
                return .invalid
            }
            let text = raw.replacingCRLF().trimmingSpaces().nfc
            guard hasWords(text) else {
                r.report(.invalidValue, key: "text",
                         message: LocalizedText(en: "the text is empty, so there is nothing to read.", vi: "văn bản đang trống, không có gì để đọc."),
                         fix: LocalizedText(en: "Write the notice between triple quotes: text = \"\"\"Ủy ban nhân dân xã thông báo …\"\"\"",
                                            vi: "Viết nội dung thông báo giữa ba dấu ngoặc kép: text = \"\"\"Ủy ban nhân dân xã thông báo …\"\"\""))
                return .invalid
            }
            return .text(SpokenText(text: text, settings: settings))
        }
        guard let written = r.string("text_file", example: "text_file = \"texts/thong-bao.txt\"") else { return .invalid }
        let path = file.audio(written).path
        guard let bytes = file.readFile(path) else {
            r.report(.textMissing, key: "text_file",
                     message: LocalizedText(en: "the text file \"\(written)\" is not there or cannot be read (looked for \(path)).",
                                            vi: "không thấy hoặc không đọc được tệp văn bản \"\(written)\" (đã tìm ở \(path))."),
                     fix: .copyOrCorrectPath)
            return .invalid
        }
        switch SourceText.decode(bytes) {
        case .failure(.notUTF8(let line, let column)):
            r.report(.encoding, key: "text_file",
                     message: LocalizedText(
                         en: "the text file \"\(written)\" is not saved as UTF-8 (line \(line), column \(column)), so its Vietnamese letters cannot be read.",
                         vi: "tệp văn bản \"\(written)\" không được lưu bằng bảng mã UTF-8 (dòng \(line), cột \(column)), nên loa không đọc được chữ tiếng Việt có dấu."),
                     fix: .saveAsUTF8)
            return .invalid
        case .success(let decoded):
            let text = decoded.text.replacingCRLF().trimmingSpaces()
            guard hasWords(text) else {
                r.report(.invalidValue, key: "text_file",
                         message: LocalizedText(en: "the text file \"\(written)\" is empty, so there is nothing to read.",
                                                vi: "tệp văn bản \"\(written)\" đang trống, không có gì để đọc."),
                         fix: LocalizedText(en: "Write the notice in it, or name another file.",
                                            vi: "Viết nội dung thông báo vào tệp, hoặc ghi tên một tệp khác."))
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
