import Foundation
import LoaAudio
import LoaCore

/// What `loa check` prints.
public enum CheckReportText {
    /// `loudness`: measurements by path, shown beside each file when there are any.
    public static func render(_ result: CheckResult, listAudio: Bool, loudness: [String: Loudness] = [:],
                              speech: SpeechRendering.Result? = nil) -> String {
        var out = ""
        for d in result.diagnostics.sorted { out += d.description + "\n" }
        let errors = result.diagnostics.errors.count
        let warnings = result.diagnostics.warnings.count
        if let t = result.timetable, listAudio, !result.audio.isEmpty {
            out += "\nAudio (\(result.audio.count) files):\n"
            for ref in t.audioFiles {
                switch result.audio[ref.path] {
                case .success(let info)?:
                    out += "  \(ConfigDuration.clock(milliseconds: info.durationMs).leftPadded(6))  \(info.format), \(info.sampleRate) Hz, \(info.channels) ch\(loudnessText(loudness[ref.path]))  \(ref.path)\n"
                case .failure?:
                    out += "       ?  (cannot be read)  \(ref.path)\n"
                case nil:
                    break
                }
            }
        }
        if let t = result.timetable, let speech, t.announcements.contains(where: { $0.speech != nil }) {
            out += SpokenNoticesText.render(t, result: result, speech: speech)
        }
        if let t = result.timetable, errors == 0 {
            out += "\nOK: \(t.station.name) — \(t.zones.count) zones, \(t.slots.count) slots, \(t.announcements.count) announcement\(t.announcements.count == 1 ? "" : "s")"
            out += warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s").\n" : ".\n"
        } else {
            out += "\n\(errors) error\(errors == 1 ? "" : "s")\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""): nothing will be planned from this configuration until the errors are fixed.\n"
        }
        return out
    }
}

/// "−18.2 LUFS, peak −1.3 dBTP"; silence has no integrated loudness.
private func loudnessText(_ loudness: Loudness?) -> String {
    guard let loudness else { return "" }
    let integrated = loudness.integratedLUFS.map { String(format: "%.1f LUFS", $0) } ?? "silent"
    let peak = loudness.truePeakDBTP.isFinite ? String(format: ", peak %.1f dBTP", loudness.truePeakDBTP) : ""
    return ", \(integrated)\(peak)"
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
