import LoaCore

// `Language` (vi, en) lives in LoaCore: the language of column headers, labels and reports is the one
// of the checker's diagnostics and the CLI's messages.

/// Words shown to people for the values stored in the log.
public enum Labels {
    public static func outcome(_ o: Outcome, _ lang: Language) -> String {
        guard lang == .vi else { return o.rawValue }
        switch o {
        case .onAir: return "đang phát"
        case .aired: return "đã phát"
        case .interrupted: return "bị ngắt"
        case .failed: return "lỗi"
        case .missed: return "bị lỡ"
        case .skipped: return "bỏ qua"
        }
    }

    public static func trigger(_ t: Trigger, _ lang: Language) -> String {
        guard lang == .vi else { return t.rawValue }
        switch t {
        case .schedule: return "theo lịch"
        case .late: return "phát muộn"
        case .emergency: return "khẩn cấp"
        case .manual: return "thủ công"
        }
    }

    public static func priority(_ p: String, _ lang: Language) -> String {
        guard lang == .vi else { return p }
        switch p {
        case "normal": return "thường"
        case "priority": return "ưu tiên"
        case "emergency": return "khẩn cấp"
        default: return p
        }
    }

    /// Labels as UTF-8 bytes by stored value, for the export's row loop.
    static func table(_ lang: Language) -> [String: [UInt8]] {
        var t: [String: [UInt8]] = [:]
        for o in Outcome.allCases { t["o:" + o.rawValue] = Array(outcome(o, lang).utf8) }
        for g in Trigger.allCases { t["t:" + g.rawValue] = Array(trigger(g, lang).utf8) }
        for p in ["normal", "priority", "emergency"] { t["p:" + p] = Array(priority(p, lang).utf8) }
        return t
    }
}
