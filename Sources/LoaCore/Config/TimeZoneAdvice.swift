import Foundation

/// What to write for `timezone` when the officer typed an abbreviation, an offset or a city.
enum TimeZoneAdvice {
    /// A region name from the time-zone database (`Asia/Ho_Chi_Minh`, `Asia/Saigon`, `UTC`). Offsets such
    /// as "GMT+7" are refused although Foundation reads them: in POSIX's TZ "GMT+7" means seven hours
    /// *behind*, so the text is ambiguous, and a region also knows its history.
    static func isRegionName(_ text: String) -> Bool {
        if TimeZone.knownTimeZoneIdentifiers.contains(text) || text == "UTC" { return true }
        // Foundation's list leaves out IANA's Etc/ zones and its older names ("Etc/UTC", what a server's
        // timedatectl shows; "Asia/Saigon"), which the time zone data still has. A name with a slash that
        // the data knows by that very name is one; "GMT+7" is not (it comes back as "GMT+0700").
        return text.contains("/") && TimeZone(identifier: text)?.identifier == text
    }

    /// The region to suggest. Anything that says Việt Nam or UTC+7 (ICT, "GMT+7", "UTC+07:00", "Hanoi",
    /// "Indochina") is the station's own zone; an abbreviation is never matched by spelling (ICT is two
    /// letters from GMT, seven hours off).
    static func suggestion(for typed: String) -> String {
        let lowered = typed.lowercased().replacingOccurrences(of: " ", with: "")
        let vietnamese = ["hanoi", "hànội", "ha_noi", "saigon", "sai_gon", "vietnam", "việtnam", "viet_nam", "ho_chi", "hochiminh",
                          "hồchíminh", "indochina", "ict"]
        if vietnamese.contains(where: { lowered.contains($0) }) { return Station.defaultTimeZoneID }
        if let offset = offsetHours(lowered) { return offset == 7 ? Station.defaultTimeZoneID : "Asia/Ho_Chi_Minh" }
        if typed.count <= 5, typed.allSatisfy(\.isLetter) {
            if let zone = TimeZone(abbreviation: typed.uppercased()) {
                if zone.secondsFromGMT() == 7 * 3600 { return Station.defaultTimeZoneID }
                if isRegionName(zone.identifier) { return zone.identifier }
            }
            return Station.defaultTimeZoneID
        }
        let regions = TimeZone.knownTimeZoneIdentifiers.filter { $0.contains("/") }
        return NearestMatch.suggestion(for: typed, among: regions) ?? Station.defaultTimeZoneID
    }

    /// 7 for "gmt+7", "utc+07:00", "+7", "+0700".
    static func offsetHours(_ lowered: String) -> Int? {
        guard let match = lowered.firstMatch(of: /^(?:gmt|utc)?([+-])(\d{1,2})(?::?(\d{2}))?$/) else { return nil }
        let hours = Int(match.output.2) ?? 0
        return match.output.1 == "-" ? -hours : hours
    }
}
