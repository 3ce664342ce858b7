import LoaCore

extension LogError {
    /// `description` in both languages, for the officer at `loa log`, `loa export` and `loa report`.
    public var text: LocalizedText {
        LocalizedText(en: description, vi: vietnamese)
    }

    private var vietnamese: String {
        switch self {
        case .notALoaLog(let path):
            return "\(path) không phải nhật ký phát sóng của loa (đó là loại tệp khác, hoặc cơ sở dữ liệu của chương trình khác); loa để nguyên tệp. Kiểm tra lại --log."
        case .newerVersion(let path, let unknown):
            return "\(path) do một phiên bản loa mới hơn ghi (lược đồ \(unknown.joined(separator: ", "))); loa để nguyên tệp. Hãy cập nhật loa để đọc được."
        case .readOnly(let path):
            return "không ghi được vào \(path) (tệp, thư mục hoặc ổ đĩa chỉ cho đọc); không có gì bị thay đổi. Cấp quyền ghi cho người dùng loa, hoặc dùng một bản sao."
        case .diskFull(let path):
            return "ổ đĩa chứa \(path) đã đầy; nhật ký vẫn nguyên vẹn nhưng lần phát này chưa ghi được. Hãy giải phóng bớt dung lượng."
        case .missingFolder(let path):
            return "chưa có thư mục chứa \(path); hãy tạo thư mục (gói cài đặt tạo sẵn /var/lib/loa) hoặc ghi --log."
        case .notFound(let path):
            return "không có nhật ký phát sóng ở \(path); loa ghi nhật ký này trong khi phát. Kiểm tra lại --log."
        case .unreadable(let path, let file):
            let which = file == path ? "" : " (tệp loa giữ cạnh nhật ký khi đang chạy)"
            return "người dùng này không đọc được \(path): không có quyền đọc \(file)\(which); không có gì bị thay đổi. Chạy lệnh bằng người dùng loa hoặc một thành viên nhóm loa, hoặc đọc một bản sao."
        case .alreadyRecorded(let identity, let outcome):
            return "lần phát dự kiến \(identity) đã có trong nhật ký (\(outcome.rawValue)); mỗi lần phát chỉ được ghi một lần."
        case .noSuchAiring(let id):
            return "nhật ký không có lần phát nào mã \(id)."
        case .notOnAir(let id, let outcome):
            return "lần phát \(id) không đang phát (trạng thái: \(outcome.rawValue)); chỉ lần phát đang phát mới kết thúc được."
        case .invalidOutcome(let outcome):
            return "một lần phát không thể kết thúc với trạng thái \(outcome.rawValue)."
        case .busy(let path):
            return "nhật ký phát sóng \(path) đang bị một chương trình khác giữ (trình xem cơ sở dữ liệu hoặc cửa sổ sqlite3 để mở giữa chừng); loa đã chờ \(Int(LogOpener.lockWait)) giây và không thay đổi gì. Hãy đóng chương trình đó rồi thử lại."
        case .database(let path, let message):
            return "không dùng được nhật ký phát sóng \(path) (chi tiết: \(message))"
        }
    }
}
