import Foundation
import Testing
@testable import LoaCore

/// `[speech]` in loa.toml and text announcements (`text`, `text_file`) in the drop-ins.
@Suite struct SpeechConfigTests {
    static let notice = "Ủy ban nhân dân xã thông báo: ngày 15/11/2023 tiêm chủng tại trạm y tế."

    func load(_ dropIns: [String: String], main: String = TestConfig.station, files: [String: [UInt8]] = [:]) -> LoadedConfig {
        ConfigLoader.load(
            main: ConfigSource(displayPath: "/cfg/loa.toml", folder: "/cfg", bytes: Array(main.utf8)),
            dropIns: dropIns.sorted { $0.key < $1.key }.map {
                ConfigSource(displayPath: "/cfg/announcements.d/\($0.key)", folder: "/cfg/announcements.d", bytes: Array($0.value.utf8))
            },
            readFile: { files[$0] })
    }

    func announcement(_ body: String) -> String {
        """
        approved_by = "Vi Văn Thái"

        [[announcement]]
        id = "tiem-chung"
        title = "Thông báo tiêm chủng"
        slots = ["sang"]
        \(body)
        """
    }

    @Test func aTextAnnouncementCarriesItsTextAndTheStationsVoiceAndHasNoLengthUntilRendered() throws {
        let loaded = load(["a.toml": announcement("text = \"\"\"\n\(Self.notice)\n\"\"\"")])
        let t = try #require(loaded.timetable)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.sorted)")
        let a = try #require(t.announcements.first)
        #expect(a.speech?.text == Self.notice)
        #expect(a.speech?.file == nil)
        #expect(a.speech?.settings == SpeechSettings())
        #expect(a.audio.path.hasPrefix(SpokenText.pendingPrefix))
        #expect(t.audioFiles.isEmpty == false && !t.audioFiles.contains { $0.path.hasPrefix(SpokenText.pendingPrefix) },
                "the checker never probes a notice not yet rendered")
    }

    @Test func aTextFileIsReadRelativeToItsFileWithBOMCRLFAndDecomposedLettersAccepted() throws {
        let decomposed = "Thông báo họp thôn.\r\nXin nhắc lại: họp lúc 7h30.".decomposedStringWithCanonicalMapping
        let bytes = [0xEF, 0xBB, 0xBF] + Array(decomposed.utf8)
        let loaded = load(["a.toml": announcement("text_file = \"texts/hop.txt\"")],
                          files: ["/cfg/announcements.d/texts/hop.txt": bytes])
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.sorted)")
        let spoken = try #require(loaded.timetable?.announcements.first?.speech)
        #expect(spoken.text == "Thông báo họp thôn.\nXin nhắc lại: họp lúc 7h30.")
        #expect(spoken.text.unicodeScalars.elementsEqual(spoken.text.precomposedStringWithCanonicalMapping.unicodeScalars), "NFC")
        #expect(spoken.file == "texts/hop.txt")
    }

    @Test func editingATextFileChangesTheRevisionSoTheDaemonReloads() {
        let dropIns = ["a.toml": announcement("text_file = \"texts/hop.txt\"")]
        let first = load(dropIns, files: ["/cfg/announcements.d/texts/hop.txt": Array("Họp thôn lúc 7 giờ.".utf8)])
        let second = load(dropIns, files: ["/cfg/announcements.d/texts/hop.txt": Array("Họp thôn lúc 8 giờ.".utf8)])
        #expect(first.revision != second.revision)
    }

    @Test func audioAndTextTogetherIsAnErrorNamingTheFileTheAnnouncementAndTheFix() throws {
        let loaded = load(["a.toml": announcement("audio = \"audio/x.mp3\"\ntext = \"Họp thôn.\"")])
        let error = try #require(loaded.diagnostics.errors.first)
        #expect(error.file == "/cfg/announcements.d/a.toml")
        #expect(error.subject == "announcement \"tiem-chung\"")
        #expect(error.message.contains("audio and text"))
        #expect(error.fix.contains("Keep one"))
        #expect(error.line > 0)
    }

    @Test func neitherAudioNorTextIsAnErrorThatOffersBoth() throws {
        let loaded = load(["a.toml": announcement("")])
        let error = try #require(loaded.diagnostics.errors.first)
        #expect(error.keyPath == "audio")
        #expect(error.fix.contains("text = "))
    }

    @Test func aMissingTextFileAndOneNotInUTF8AreReportedWithTheirPlace() throws {
        let missing = load(["a.toml": announcement("text_file = \"texts/khong-co.txt\"")])
        let e1 = try #require(missing.diagnostics.errors.first)
        #expect(e1.code == .textMissing && e1.message.contains("/cfg/announcements.d/texts/khong-co.txt"))
        // "Thông" in Windows-1258: 0xF4 is ô there, a stray byte in UTF-8.
        let legacy = load(["a.toml": announcement("text_file = \"t.txt\"")], files: ["/cfg/announcements.d/t.txt": [0x54, 0x68, 0xF4, 0x6E, 0x67]])
        let e2 = try #require(legacy.diagnostics.errors.first)
        #expect(e2.code == .encoding && e2.message.contains("column 3") && e2.fix.contains("UTF-8"))
    }

    @Test func anEmptyTextIsAnError() throws {
        let loaded = load(["a.toml": announcement("text = \"\"\"\n  \n\"\"\"")])
        #expect(loaded.diagnostics.errors.first?.message.contains("empty") == true)
    }

    @Test func stationSpeechSettingsAndAnAnnouncementsOverrides() throws {
        let main = TestConfig.station + """

        [speech]
        engine = "command"
        command = "piper --model /etc/loa/vi.onnx --output_file -"
        voice = "vi-vn-x-south"
        speed = 140
        pitch = 40
        pause = "0.8s"
        chime_before = "audio/chuong.wav"
        repeat = true
        time_limit = "20s"

        [speech.abbreviations]
        HTX = "hợp tác xã"
        """
        let loaded = load(["a.toml": announcement("text = \"Họp thôn.\"\nvoice = \"vi\"\nspeed = 120\nrepeat = false\nchime_after = \"chuong-het.wav\"")], main: main)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.sorted)")
        let station = try #require(loaded.timetable?.station.speech)
        #expect(station.engine == .command("piper --model /etc/loa/vi.onnx --output_file -"))
        #expect(station.voice == "vi-vn-x-south" && station.speed == 140 && station.pitch == 40)
        #expect(station.sentencePauseMs == 800 && station.timeLimitMs == 20_000 && station.repeatNotice)
        #expect(station.chimeBefore?.path == "/cfg/audio/chuong.wav")
        #expect(station.abbreviations == ["HTX": "hợp tác xã"])
        let own = try #require(loaded.timetable?.announcements.first?.speech?.settings)
        #expect(own.voice == "vi" && own.speed == 120 && own.pitch == 40 && !own.repeatNotice)
        #expect(own.chimeBefore?.path == "/cfg/audio/chuong.wav")
        #expect(own.chimeAfter?.path == "/cfg/announcements.d/chuong-het.wav", "relative to the file that names it")
        #expect(own.abbreviations == ["HTX": "hợp tác xã"])
    }

    @Test func badSpeechSettingsAreReportedWithTheirFix() {
        let main = TestConfig.station + """

        [speech]
        engine = "festival"
        voice = "vi-north"
        speed = 1000
        repeat = "yes"
        """
        let loaded = load([:], main: main)
        let messages = loaded.diagnostics.errors.map { "\($0.keyPath): \($0.message) \($0.fix)" }
        #expect(messages.contains { $0.hasPrefix("engine:") && $0.contains("\"command\"") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("voice:") && $0.contains("vi-vn-x-south") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("speed:") && $0.contains("80 to 450") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("repeat:") && $0.contains("true or false") }, "\(messages)")
        let command = load([:], main: TestConfig.station + "\n[speech]\nengine = \"command\"\n")
        #expect(command.diagnostics.errors.contains { $0.keyPath == "command" }, "the command engine needs its command line")
    }

    @Test func voiceKeysOnARecordingAreAWarningNotSilence() {
        let loaded = load(["a.toml": announcement("audio = \"audio/x.mp3\"\nvoice = \"vi\"")])
        #expect(!loaded.diagnostics.hasErrors)
        #expect(loaded.diagnostics.warnings.contains { $0.keyPath == "voice" && $0.message.contains("recording") })
    }

    @Test func theBeginningOfANoticeIsCutAtASpace() {
        let spoken = SpokenText(text: "Ủy ban nhân dân xã Cao Lâu thông báo:\nngày 15/11/2023 tiêm chủng mở rộng cho trẻ em", settings: SpeechSettings())
        #expect(spoken.beginning(limit: 40) == "Ủy ban nhân dân xã Cao Lâu thông báo:…")
        #expect(SpokenText(text: "Họp thôn.", settings: SpeechSettings()).beginning() == "Họp thôn.")
    }
}
