public enum Weekday: Int, CaseIterable, Sendable, Hashable, Comparable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }

    public var shortName: String { Weekday.englishNames[rawValue] }
    /// As a date is headed in Vietnamese: Thứ Hai … Chủ Nhật.
    public var vietnameseName: String { ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"][rawValue] }

    static let englishNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    /// Vietnamese officers write thứ Hai … thứ Bảy as T2 … T7 and Sunday as CN.
    static let vietnameseNames = ["t2", "t3", "t4", "t5", "t6", "t7", "cn"]

    /// Every spelling accepted in a configuration, lower-cased.
    public static let spellings: [String: Weekday] = {
        var map: [String: Weekday] = [:]
        let long = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for day in Weekday.allCases {
            map[englishNames[day.rawValue]] = day
            map[vietnameseNames[day.rawValue]] = day
            map[long[day.rawValue]] = day
        }
        return map
    }()
}
