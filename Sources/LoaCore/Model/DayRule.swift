import Foundation
/// Which days of the calendar something runs on.
public enum DayRule: Hashable, Sendable, CustomStringConvertible {
    case daily
    case weekdays
    case weekends
    case weekdaySet(Set<Weekday>)
    /// Days of the month, 1...31 (a 31 simply does not occur in 30-day months).
    case monthDays(Set<Int>)

    public func contains(_ date: LocalDate) -> Bool {
        switch self {
        case .daily: return true
        case .weekdays: return date.weekday.rawValue < 5
        case .weekends: return date.weekday.rawValue >= 5
        case .weekdaySet(let days): return days.contains(date.weekday)
        case .monthDays(let days): return days.contains(date.day)
        }
    }

    /// For messages: "every day", "on weekdays", "on sat, sun", "on days 1, 15 of the month".
    public var phrase: String {
        switch self {
        case .daily: return "every day"
        case .weekdays: return "on weekdays (mon–fri)"
        case .weekends: return "at weekends (sat, sun)"
        case .weekdaySet: return "on \(description.replacingAll(",", with: ", "))"
        case .monthDays: return "on days \(description.replacingAll(",", with: ", ")) of the month"
        }
    }

    /// `phrase` in both languages: "vào thứ Hai, thứ Năm" in Vietnamese.
    public var phraseText: LocalizedText {
        let list = description.replacingAll(",", with: ", ")
        switch self {
        case .daily: return LocalizedText(en: phrase, vi: "mọi ngày")
        case .weekdays: return LocalizedText(en: phrase, vi: "các ngày trong tuần (thứ Hai đến thứ Sáu)")
        case .weekends: return LocalizedText(en: phrase, vi: "cuối tuần (thứ Bảy, Chủ nhật)")
        case .weekdaySet(let days):
            return LocalizedText(en: phrase, vi: "vào \(days.sorted().map(\.vietnameseName).joined(separator: ", ").lowercasedFirstWords)")
        case .monthDays: return LocalizedText(en: phrase, vi: "vào các ngày \(list) trong tháng")
        }
    }

    public var description: String {
        switch self {
        case .daily: return "daily"
        case .weekdays: return "weekdays"
        case .weekends: return "weekends"
        case .weekdaySet(let days): return days.sorted().map(\.shortName).joined(separator: ",")
        case .monthDays(let days): return days.sorted().map(String.init).joined(separator: ",")
        }
    }
}

/// An inclusive range of dates; either end may be open.
public struct DateWindow: Hashable, Sendable {
    public var from: LocalDate?
    public var until: LocalDate?

    public init(from: LocalDate? = nil, until: LocalDate? = nil) {
        self.from = from
        self.until = until
    }

    public func contains(_ date: LocalDate) -> Bool {
        if let from, date < from { return false }
        if let until, date > until { return false }
        return true
    }

    public func intersection(_ other: DateWindow) -> DateWindow {
        DateWindow(from: [from, other.from].compactMap { $0 }.max(),
                   until: [until, other.until].compactMap { $0 }.min())
    }

    public var isEmpty: Bool {
        if let from, let until { return from > until }
        return false
    }
}

private extension String {
    /// "Thứ Hai, Chủ Nhật" → "thứ Hai, Chủ nhật", as in the middle of a sentence.
    var lowercasedFirstWords: String {
        replacingOccurrences(of: "Thứ", with: "thứ").replacingOccurrences(of: "Chủ Nhật", with: "Chủ nhật")
    }
}
