import Foundation
import Logging
import LoaAudio
import LoaCore
import LoaLog

/// Faults the player reports at a session's end, for the journal, the log and `loa status`.
extension Scheduler {
    /// An underrun is recovered and the airing goes on, but the loudspeakers fell silent for a moment, so
    /// the technician hears of it: in the journal, and as a device fault among the log's station events.
    /// Repeated, it means an overloaded PC or a failing sound card.
    func noteUnderruns(_ report: PlaybackReport, session: String) {
        for output in report.outputs where output.underruns > 0 {
            let times = output.underruns == 1 ? "once" : "\(output.underruns) times"
            let detail = "\(output.device): the sound broke off \(times) during the session and went on (ALSA underrun); "
                + "if it happens often, the PC is overloaded or the sound card is failing"
            let said = LocalizedText(
                en: detail,
                vi: "\(output.device): tiếng bị ngắt \(output.underruns) lần trong buổi phát rồi chạy tiếp (ALSA underrun); "
                    + "nếu hay xảy ra, máy tính đang quá tải hoặc card âm thanh sắp hỏng")
            logger.warning("\(said.journal)", metadata: ["session": "\(session)"])
            noteFault(detail)
            record(StationEvent(atMs: clock.nowMs(), kind: .deviceFault, detail: detail, configRevision: programme.revision))
        }
    }

    func noteFault(_ fault: String) {
        faults.append("\(clock.nowMs()): \(fault)")
        if faults.count > 10 { faults.removeFirst(faults.count - 10) }
    }
}
