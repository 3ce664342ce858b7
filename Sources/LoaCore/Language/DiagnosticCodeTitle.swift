extension Diagnostic.Code {
    /// What the code means, in a few words of each language: for documentation, the web console's
    /// legend, and searches by code. The switch has no default, so a new code cannot lack a title.
    public var title: LocalizedText {
        switch self {
        case .tomlSyntax: LocalizedText(en: "the file is not valid TOML", vi: "tệp viết sai cú pháp TOML")
        case .encoding: LocalizedText(en: "the file is not saved as UTF-8", vi: "tệp không được lưu bằng bảng mã UTF-8")
        case .configMissing: LocalizedText(en: "there is no configuration file", vi: "không tìm thấy tệp cấu hình")
        case .fileUnreadable: LocalizedText(en: "a file cannot be read", vi: "không đọc được tệp")
        case .unknownKey: LocalizedText(en: "a key loa does not know", vi: "có mục cài đặt mà loa không biết")
        case .missingKey: LocalizedText(en: "a required key is missing", vi: "thiếu một mục cài đặt bắt buộc")
        case .wrongType: LocalizedText(en: "a value of the wrong kind", vi: "giá trị viết sai kiểu")
        case .invalidValue: LocalizedText(en: "a value loa cannot use", vi: "giá trị không dùng được")
        case .invalidDate: LocalizedText(en: "a date that is wrong or does not exist", vi: "ngày viết sai hoặc không có thật")
        case .invalidTime: LocalizedText(en: "a time of day that is wrong", vi: "giờ viết sai")
        case .invalidDuration: LocalizedText(en: "a length of time loa cannot read", vi: "độ dài thời gian viết sai")
        case .duplicateID: LocalizedText(en: "two items have the same id", vi: "hai mục trùng mã (id)")
        case .unknownZone: LocalizedText(en: "a zone that is not defined", vi: "cụm loa chưa được khai báo")
        case .unknownSlot: LocalizedText(en: "a slot that is not defined", vi: "buổi phát chưa được khai báo")
        case .audioMissing: LocalizedText(en: "an audio file is not there", vi: "thiếu tệp âm thanh")
        case .audioUnreadable: LocalizedText(en: "an audio file cannot be played", vi: "tệp âm thanh không phát được")
        case .windowReversed: LocalizedText(en: "the end comes before the start", vi: "thời điểm kết thúc đứng trước thời điểm bắt đầu")
        case .unknownTimeZone: LocalizedText(en: "a time zone loa does not know", vi: "múi giờ không đúng tên")
        case .neverAirs: LocalizedText(en: "an announcement that can never air", vi: "thông báo sẽ không bao giờ được phát")
        case .slotOverfull: LocalizedText(en: "a slot with no room for announcements", vi: "buổi phát không còn chỗ cho thông báo")
        case .slotPastMidnight: LocalizedText(en: "a slot that runs past midnight", vi: "buổi phát kéo dài quá nửa đêm")
        case .notApproved: LocalizedText(en: "nobody is named as approving it", vi: "chưa ghi người duyệt")
        case .campaignOverflow: LocalizedText(en: "announcements that do not all fit in a slot", vi: "thông báo không xếp đủ vào buổi phát")
        case .textMissing: LocalizedText(en: "a text file is not there", vi: "thiếu tệp văn bản cần đọc")
        case .speechFailed: LocalizedText(en: "a text could not be read aloud", vi: "không đọc thành tiếng được văn bản")
        }
    }
}

extension Diagnostic.Severity {
    /// "error" / "lỗi": for sentences and summaries; `error[code]` in a diagnostic's line stays English.
    public var word: LocalizedText {
        switch self {
        case .error: LocalizedText(en: "error", vi: "lỗi")
        case .warning: LocalizedText(en: "warning", vi: "cảnh báo")
        }
    }
}

/// The things a diagnostic is about, named in both languages; ids and TOML names stay as written.
extension LocalizedText {
    static func slot(_ id: String) -> LocalizedText { LocalizedText(en: "slot \"\(id)\"", vi: "buổi phát \"\(id)\"") }
    static func zone(_ id: String) -> LocalizedText { LocalizedText(en: "zone \"\(id)\"", vi: "cụm loa \"\(id)\"") }
    static func announcement(_ id: String) -> LocalizedText {
        LocalizedText(en: "announcement \"\(id)\"", vi: "thông báo \"\(id)\"")
    }
    /// "Did you mean "x"? " before a fix, or nothing when there is no near match.
    static func didYouMean(_ near: String?) -> LocalizedText {
        guard let near else { return .empty }
        return LocalizedText(en: "Did you mean \"\(near)\"? ", vi: "Có phải định viết \"\(near)\"? ")
    }
}

extension LocalizedText {
    /// A table header as an example: "[station] on a line of its own".
    static func onItsOwnLine(_ header: String) -> LocalizedText {
        LocalizedText(en: "\(header) on a line of its own", vi: "\(header) trên một dòng riêng")
    }
}

extension LocalizedText {
    static let notUTF8 = LocalizedText(
        en: "this file is not saved as UTF-8, so its Vietnamese letters cannot be read.",
        vi: "tệp này không được lưu bằng bảng mã UTF-8, nên loa không đọc được chữ tiếng Việt có dấu.")
    static let saveAsUTF8 = LocalizedText(
        en: "Open it and save it again choosing the encoding UTF-8 (in Notepad: Save As → Encoding → UTF-8).",
        vi: "Mở tệp ra rồi lưu lại, chọn bảng mã UTF-8 (trong Notepad: Save As → Encoding → UTF-8).")
    static let copyOrCorrectPath = LocalizedText(
        en: "Copy the file there, or correct the name; the path is relative to the folder of this file.",
        vi: "Chép tệp vào đúng chỗ đó, hoặc sửa lại tên; đường dẫn tính từ thư mục chứa tệp cấu hình này.")
}
