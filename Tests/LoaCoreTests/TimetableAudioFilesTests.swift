import LoaCore
import Testing

// The test targets existed in Package.swift without sources, which stops `swift build`; this one small
// check keeps the target real until the core's own suite lands.
@Suite struct TimetableAudioFilesTests {
    @Test func listsEachAudioFileOnce() throws {
        let six = try #require(LocalTime(hour: 6, minute: 0))
        let jingle = AudioRef(written: "audio/nhac-hieu.wav", path: "/etc/loa/audio/nhac-hieu.wav")
        let message = AudioRef(written: "audio/chu-de.mp3", path: "/etc/loa/announcements.d/audio/chu-de.mp3")
        let slot = Slot(id: "sang", name: "Buổi sáng", start: six, maxLengthMs: 1_800_000,
                        zones: ["toan-xa"], intro: jingle, outro: jingle)
        let timetable = Timetable(station: Station(name: "Đài"), zones: [], slots: [slot],
                                  announcements: [Announcement(id: "chu-de", title: "Chủ đề", audio: message)])
        #expect(timetable.audioFiles == [jingle, message])
    }
}
