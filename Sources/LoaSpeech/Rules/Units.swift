/// Units, money and percentages after a number, attached (`50km`, `50.000đ`, `92,5%`) or as the next
/// token (`50 km`, `1,5 triệu đồng`).
///
/// - Units: `km` "ki lô mét", `km/h` "ki lô mét trên giờ", `m` "mét", `cm` "xăng ti mét", `mm` "mi li mét",
///   `m²`/`m2` "mét vuông", `m³`/`m3` "mét khối", `°C` "độ xê", `ha` "héc ta", `kg` "ki lô gam",
///   `l` "lít", `ml` "mi li lít", `h` "giờ"; words such as "tấn", "giờ", "lít" are said as written.
/// - Money: `50.000đ`, `50.000 đ`, `50.000 VNĐ` = "năm mươi nghìn đồng". Informal multipliers are read
///   out: `500k` = "năm trăm nghìn", `2tr` = "hai triệu", `1tr5` = "một triệu năm trăm nghìn".
/// - Percent: `92,5%` = "chín mươi hai phẩy năm phần trăm".
/// - A one-letter unit (m, l, h, g, đ, k) is a unit only right after a number; longer ones (km, kg, mm …)
///   are read as units anywhere ("tốc độ tối đa 50 km/h", "mỗi km").
enum Units {
    /// Read only after a number.
    static let afterNumber: [String: String] = [
        "m": "mét", "g": "gam", "l": "lít", "h": "giờ", "p": "phút", "ph": "phút", "s": "giây", "ha": "héc ta",
        "đ": "đồng", "d": "đồng", "k": "nghìn", "tr": "triệu", "°": "độ", "'": "phút", "’": "phút",
        "%": "phần trăm",
    ]
    /// Read wherever they stand.
    static let anywhere: [String: String] = [
        "km": "ki lô mét", "km/h": "ki lô mét trên giờ", "km/giờ": "ki lô mét trên giờ", "cm": "xăng ti mét",
        "mm": "mi li mét", "m2": "mét vuông", "m²": "mét vuông", "m3": "mét khối", "m³": "mét khối",
        "km2": "ki lô mét vuông", "km²": "ki lô mét vuông", "cm2": "xăng ti mét vuông", "cm²": "xăng ti mét vuông",
        "°c": "độ xê", "oc": "độ xê", "℃": "độ xê", "kg": "ki lô gam", "mg": "mi li gam", "ml": "mi li lít",
        "kw": "ki lô oát", "kv": "ki lô vôn", "kwh": "ki lô oát giờ", "mw": "mê ga oát", "m/s": "mét trên giây",
        "mm/h": "mi li mét trên giờ", "m3/s": "mét khối trên giây", "m³/s": "mét khối trên giây",
        "vnđ": "đồng", "vnd": "đồng", "usd": "đô la mỹ", "m/giây": "mét trên giây",
    ]
    static let money: Set<String> = ["đ", "d", "vnđ", "vnd", "usd", "k", "tr", "đồng", "triệu", "tỷ", "nghìn"]

    /// The words of a unit written after a number, or nil.
    static func afterNumber(_ written: String) -> String? {
        let lower = written.lowercased()
        return anywhere[lower] ?? afterNumber[written] ?? afterNumber[lower]
    }

    static func rule(_ written: String) -> ReadingRule {
        let lower = written.lowercased()
        if lower == "%" { return .percent }
        return money.contains(lower) ? .money : .unit
    }
}

/// Rates: `đồng/tháng` "đồng một tháng", `15.000 đồng/người/năm` "mười lăm nghìn đồng một người một năm",
/// `6,6%/năm` "sáu phẩy sáu phần trăm một năm", `1-2kg/10m²` "một đến hai ki lô gam trên mười mét vuông"
/// (a rate over a number says "trên"). Fixed rates of physics keep "trên": `km/h`, `m/s`, `m³/s`.
extension SentenceReader {
    static let measureWords: Set<String> = [
        "đồng", "triệu", "tỷ", "nghìn", "tấn", "tạ", "yến", "lít", "người", "hộ", "con", "lượt", "suất", "cây",
        "chiếc", "bao", "giờ", "ngày", "tháng", "năm", "phút", "lần", "bộ", "cái", "khẩu", "ca", "phần",
    ]

    /// A rate written as one token ("đồng/tháng", "đ/kg", "%/năm"), or nil.
    func rateWords(_ s: Substring) -> [String]? {
        guard let slash = s.firstIndex(of: "/") else { return nil }
        let head = String(s[..<slash])
        let lower = head.lowercased()
        guard let headWords = Units.afterNumber(head) ?? (Self.measureWords.contains(lower) ? lower : nil),
            let tail = rateTail(s[slash...])
        else { return nil }
        return [headWords] + tail
    }

    /// "/tháng", "/người/năm", "/10m²": what follows the thing counted in a rate.
    func rateTail(_ tail: Substring) -> [String]? {
        let parts = tail.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard tail.first == "/", !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        var words: [String] = []
        for p in parts {
            if p.first?.isNumber == true {
                let atoms = Atom.of(p)
                guard let (n, k) = WrittenNumber.parse(atoms, at: 0) else { return nil }
                words += ["trên"] + n.words
                let unit = atoms[k...].map(\.text).joined()
                if !unit.isEmpty {
                    guard let u = Units.afterNumber(unit) else { return nil }
                    words.append(u)
                }
            } else {
                if let unit = Units.afterNumber(String(p)) {
                    words += ["một", unit]
                } else {
                    guard p.allSatisfy(\.isLetter) else { return nil }
                    words += ["một", table.abbreviation(p) ?? p.lowercased()]
                }
            }
        }
        return words
    }
}
