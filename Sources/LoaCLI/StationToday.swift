import Foundation
import LoaCore

/// Today's date at the station: the one place the command line reads the clock for planning defaults.
enum StationToday {
    static func date(timeZoneID: String?) -> LocalDate {
        let zone = timeZoneID.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: Station.defaultTimeZoneID) ?? .current
        let nowMs = Int64(Date().timeIntervalSince1970 * 1000)
        return LocalTimeResolver(timeZone: zone).local(nowMs).date
    }
}
