import Foundation
import LoaCore

/// The words and number forms of the report, in Vietnamese or English.
struct ReportText {
    let lang: Language

    var title: String { lang == .vi ? "Báo cáo kết quả phát thanh" : "Broadcast report" }
    var period: String { lang == .vi ? "Thời gian" : "Period" }
    var campaign: String { lang == .vi ? "Chiến dịch" : "Campaign" }
    var allCampaigns: String { lang == .vi ? "Tất cả thông báo" : "All announcements" }
    var madeWith: String { lang == .vi ? "Lập bằng phần mềm loa" : "Made with loa" }
    var asOf: String { lang == .vi ? "Số liệu đến" : "Figures as of" }
    var total: String { lang == .vi ? "Tổng cộng" : "Total" }
    var byAnnouncement: String { lang == .vi ? "Theo thông báo" : "By announcement" }
    var byZone: String { lang == .vi ? "Theo vùng phát" : "By zone" }
    var byDay: String { lang == .vi ? "Theo ngày" : "By day" }
    var chart: String { lang == .vi ? "Số lượt phát mỗi ngày: kế hoạch và đã phát" : "Airings per day: planned and aired" }
    var announcement: String { lang == .vi ? "Thông báo" : "Announcement" }
    var zone: String { lang == .vi ? "Vùng phát" : "Zone" }
    var day: String { lang == .vi ? "Ngày" : "Day" }
    var unplanned: String { lang == .vi ? "Lượt phát ngoài kế hoạch" : "Airings not in the plan" }
    var notes: String {
        lang == .vi
            ? "Tỷ lệ hoàn thành = đã phát / (kế hoạch − chưa đến giờ). Không tính nhạc hiệu đầu và cuối buổi."
            : "Fulfilment = aired / (planned − pending). Station jingles (intro, outro) are not counted."
    }

    /// Column names of the tallies, in order.
    var columns: [String] {
        lang == .vi
            ? ["Kế hoạch", "Đã phát", "Bị ngắt", "Lỗi", "Bị lỡ", "Chưa đến giờ", "Số phút phát", "Hoàn thành (%)"]
            : ["Planned", "Aired", "Interrupted", "Failed", "Missed", "Pending", "Minutes on air", "Fulfilment (%)"]
    }

    /// For programs (CSV): plain digits, a decimal point, or a decimal comma in `dialect`.
    func values(_ t: Tally, dialect: CSVDialect = .programs) -> [String] {
        [String(t.planned), String(t.aired), String(t.interrupted), String(t.failed), String(t.missed), String(t.pending),
         dialect.number(Self.decimal(t.minutesOnAir)), t.fulfilment.map { dialect.number(Self.decimal($0)) } ?? ""]
    }

    var figures: Figures { Figures(lang) }

    /// For people (the printed page): `1.234` and `92,5 %` in Vietnamese, `1,234` and `92.5%` in English.
    func display(_ t: Tally) -> [String] {
        let f = figures
        return [f.integer(t.planned), f.integer(t.aired), f.integer(t.interrupted), f.integer(t.failed), f.integer(t.missed),
                f.integer(t.pending), f.decimal(t.minutesOnAir), t.fulfilment.map { f.decimal($0) } ?? ""]
    }

    /// The line above a signed report: `Cao Lâu, ngày 15 tháng 12 năm 2023` / `Cao Lâu, 15 December 2023`.
    func placeAndDate(_ place: String, _ d: LocalDate) -> String {
        lang == .vi
            ? "\(place), ngày \(d.day < 10 ? "0" : "")\(d.day) tháng \(d.month < 3 ? "0" : "")\(d.month) năm \(d.year)"
            : "\(place), \(d.day) \(Self.monthsEN[d.month - 1]) \(d.year)"
    }

    static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"]

    /// The national title and motto every administrative document carries (Decree 30/2020/NĐ-CP).
    var nationalTitle: String { lang == .vi ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "SOCIALIST REPUBLIC OF VIETNAM" }
    var motto: String { lang == .vi ? "Độc lập - Tự do - Hạnh phúc" : "Independence - Freedom - Happiness" }

    func date(_ d: LocalDate) -> String { lang == .vi ? d.vietnameseDescription : d.description }

    static let weekdaysVI = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    static let weekdaysEN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    func weekday(_ d: LocalDate) -> String { (lang == .vi ? Self.weekdaysVI : Self.weekdaysEN)[d.weekday.rawValue] }

    /// One decimal, a point as separator: spreadsheets in both languages read it as a number.
    static func decimal(_ value: Double) -> String { String(format: "%.1f", value) }
}
