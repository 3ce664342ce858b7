import Foundation
import LoaAudio
import LoaCore

/// What `loa check` prints.
public enum CheckReportText {
    /// `loudness`: measurements by path, shown beside each file when there are any.
    /// `language`: of the diagnostics and the summary; the codes (`error[unknown-slot]`) are the same in both.
    public static func render(_ result: CheckResult, listAudio: Bool, loudness: [String: Loudness] = [:],
                              speech: SpeechRendering.Result? = nil, language: Language = .en) -> String {
        let vi = language == .vi
        var out = ""
        for d in result.diagnostics.sorted { out += d.description(in: language) + "\n" }
        let errors = result.diagnostics.errors.count
        let warnings = result.diagnostics.warnings.count
        if let t = result.timetable, listAudio, !result.audio.isEmpty {
            out += vi ? "\nTệp âm thanh (\(result.audio.count) tệp):\n" : "\nAudio (\(result.audio.count) files):\n"
            for ref in t.audioFiles {
                switch result.audio[ref.path] {
                case .success(let info)?:
                    out += "  \(ConfigDuration.clock(milliseconds: info.durationMs).leftPadded(6))  \(info.format), \(info.sampleRate) Hz, \(info.channels) ch\(loudnessText(loudness[ref.path], language: language))  \(ref.path)\n"
                case .failure?:
                    out += vi ? "       ?  (không đọc được)  \(ref.path)\n" : "       ?  (cannot be read)  \(ref.path)\n"
                case nil:
                    break
                }
            }
        }
        if let t = result.timetable, let speech, t.announcements.contains(where: { $0.speech != nil }) {
            out += SpokenNoticesText.render(t, result: result, speech: speech, language: language)
        }
        if let t = result.timetable, errors == 0, vi {
            out += "\nĐạt: \(t.station.name) — \(t.zones.count) cụm loa, \(t.slots.count) buổi phát, \(t.announcements.count) thông báo"
            out += warnings > 0 ? ", \(warnings) cảnh báo.\n" : ".\n"
        } else if let t = result.timetable, errors == 0 {
            out += "\nOK: \(t.station.name) — \(t.zones.count) zones, \(t.slots.count) slots, \(t.announcements.count) announcement\(t.announcements.count == 1 ? "" : "s")"
            out += warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s").\n" : ".\n"
        } else if vi {
            out += "\n\(errors) lỗi\(warnings > 0 ? ", \(warnings) cảnh báo" : ""): loa sẽ không lập lịch phát theo cấu hình này cho đến khi sửa hết lỗi.\n"
        } else {
            out += "\n\(errors) error\(errors == 1 ? "" : "s")\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""): nothing will be planned from this configuration until the errors are fixed.\n"
        }
        return out
    }
}

/// "−18.2 LUFS, peak −1.3 dBTP"; silence has no integrated loudness.
private func loudnessText(_ loudness: Loudness?, language: Language) -> String {
    guard let loudness else { return "" }
    let integrated = loudness.integratedLUFS.map { String(format: "%.1f LUFS", $0) } ?? (language == .vi ? "im lặng" : "silent")
    let peak = loudness.truePeakDBTP.isFinite ? String(format: ", peak %.1f dBTP", loudness.truePeakDBTP) : ""
    return ", \(integrated)\(peak)"
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
