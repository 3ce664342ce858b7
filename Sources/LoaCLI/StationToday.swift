import Foundation
import LoaCore

/// Today's date at the station: the one place the command line reads the clock for planning defaults.
enum StationToday {
    static var nowMs: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    static func date(timeZoneID: String?) -> LocalDate {
        .at(nowMs, timeZoneID: timeZoneID)
    }
}
