import Testing
import LoaSpeech

/// One focused test per rule of docs/speech-reading.md: the written form, the words, and the rule that read it.
@Suite struct RuleTests {
    let reader = VietnameseReader()

    func words(_ text: String) -> String { reader.sentences(text).joined(separator: " | ") }
    func rules(_ text: String) -> [ReadingRule] { reader.reading(text).flatMap(\.tokens).map(\.rule) }

    @Test(arguments: [
        ("0", "không"), ("5", "năm"), ("10", "mười"), ("11", "mười một"), ("14", "mười bốn"), ("15", "mười lăm"),
        ("20", "hai mươi"), ("21", "hai mươi mốt"), ("24", "hai mươi tư"), ("25", "hai mươi lăm"),
        ("101", "một trăm linh một"), ("104", "một trăm linh bốn"), ("105", "một trăm linh năm"),
        ("110", "một trăm mười"), ("115", "một trăm mười lăm"), ("1.005", "một nghìn không trăm linh năm"),
        ("1.050", "một nghìn không trăm năm mươi"), ("2.024", "hai nghìn không trăm hai mươi tư"),
        ("50.000", "năm mươi nghìn"), ("1.000.005", "một triệu không trăm linh năm"),
        ("2.050.000", "hai triệu không trăm năm mươi nghìn"), ("1.000.000.000", "một tỷ"),
        ("1.000.000.000.000", "một nghìn tỷ"), ("12000", "mười hai nghìn"),
        ("3.500.000", "ba triệu năm trăm nghìn"), ("50 000", "năm mươi nghìn"), ("1 250 000", "một triệu hai trăm năm mươi nghìn"),
    ])
    func cardinals(_ written: String, _ said: String) {
        #expect(words(written) == said)
        #expect(rules(written) == [.cardinal])
    }

    @Test(arguments: [
        ("1,5", "một phẩy năm"), ("92,25", "chín mươi hai phẩy hai mươi lăm"), ("0,05", "không phẩy không năm"),
        ("2.5", "hai phẩy năm"), ("1.234,5", "một nghìn hai trăm ba mươi tư phẩy năm"),
    ])
    func decimals(_ written: String, _ said: String) {
        #expect(words(written) == said)
        #expect(rules(written) == [.decimal])
    }

    @Test func ordinalsAfterThu() {
        #expect(words("lần thứ 1") == "lần thứ nhất")
        #expect(words("thứ 4") == "thứ tư")
        #expect(words("thứ 2") == "thứ hai")
        #expect(words("lần thứ 14") == "lần thứ mười bốn")
        #expect(words("Đại hội lần thứ XIII") == "đại hội lần thứ mười ba")
        #expect(rules("thứ 1").last == .ordinal)
        #expect(words("T7 và CN") == "thứ bảy và chủ nhật")
        #expect(words("thứ 2, 4, 6") == "thứ hai thứ tư thứ sáu")
        #expect(words("thứ 3 và 5") == "thứ ba và thứ năm")
        #expect(words("thứ 2 có 5 người") == "thứ hai có năm người")
        #expect(words("lần thứ 4, 5 người") == "lần thứ tư năm người")
    }

    @Test func monthsAfterThang() {
        #expect(words("tháng 4") == "tháng tư")
        #expect(words("tháng 1") == "tháng một")
        #expect(words("tháng 12") == "tháng mười hai")
        #expect(words("tháng 4/2024") == "tháng tư năm hai nghìn không trăm hai mươi tư")
        #expect(words("11/2023") == "tháng mười một năm hai nghìn không trăm hai mươi ba")
        #expect(rules("tháng 4").last == .month)
    }

    @Test(arguments: [
        ("15/11/2023", "ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi ba"),
        ("15-11-2023", "ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi ba"),
        ("15.11.2023", "ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi ba"),
        ("15/11", "ngày mười lăm tháng mười một"), ("15-11", "ngày mười lăm tháng mười một"),
        ("ngày 5/1", "ngày năm tháng một"), ("ngày 05/4/2024", "ngày năm tháng tư năm hai nghìn không trăm hai mươi tư"),
        ("ngày 15.11", "ngày mười lăm tháng mười một"), ("01.01.2024", "ngày một tháng một năm hai nghìn không trăm hai mươi tư"),
    ])
    func dates(_ written: String, _ said: String) {
        #expect(words(written) == said)
        #expect(rules(written).last == .date)
    }

    @Test func dateRanges() {
        #expect(words("15-20/11") == "từ mười lăm đến hai mươi tháng mười một")
        #expect(words("từ ngày 15-20/11/2023") == "từ ngày mười lăm đến hai mươi tháng mười một năm hai nghìn không trăm hai mươi ba")
        #expect(words("(15/11 – 15/12/2023)") == "ngày mười lăm tháng mười một đến ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi ba")
        #expect(words("15/11-15/12/2023") == "từ ngày mười lăm tháng mười một đến ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi ba")
    }

    @Test(arguments: [
        ("7h30", "bảy giờ ba mươi phút"), ("7h", "bảy giờ"), ("07:30", "bảy giờ ba mươi phút"), ("17h", "mười bảy giờ"),
        ("7h30'", "bảy giờ ba mươi phút"), ("7 giờ 30", "bảy giờ ba mươi"), ("13h05", "mười ba giờ năm phút"),
        ("7g30", "bảy giờ ba mươi phút"), ("17h00", "mười bảy giờ"), ("0h", "không giờ"),
    ])
    func times(_ written: String, _ said: String) {
        #expect(words(written) == said)
    }

    @Test func timeRanges() {
        #expect(words("7h-9h") == "từ bảy giờ đến chín giờ")
        #expect(words("từ 7h30-11h") == "từ bảy giờ ba mươi phút đến mười một giờ")
        #expect(words("7-9h") == "từ bảy đến chín giờ")
        #expect(words("07:30 - 11:00") == "bảy giờ ba mươi phút đến mười một giờ")
        #expect(rules("7h-9h") == [.timeRange])
    }

    @Test func numberRanges() {
        #expect(words("cấp 10-11") == "cấp mười đến mười một")
        #expect(words("giật cấp 12-13") == "giật cấp mười hai đến mười ba")
        #expect(words("100-200mm") == "một trăm đến hai trăm mi li mét")
        #expect(words("5-7 ngày") == "năm đến bảy ngày")
        #expect(words("18-60 tuổi") == "mười tám đến sáu mươi tuổi")
        #expect(words("cấp 8 - 9") == "cấp tám đến chín")
    }

    @Test(arguments: [
        ("0912 345 678", "không chín một hai ba bốn năm sáu bảy tám"),
        ("0912.345.678", "không chín một hai ba bốn năm sáu bảy tám"),
        ("0912345678", "không chín một hai ba bốn năm sáu bảy tám"),
        ("1900 1234", "một chín không không một hai ba bốn"),
        ("gọi 113", "gọi một một ba"), ("gọi số 114", "gọi số một một bốn"),
        ("đường dây nóng 115", "đường dây nóng một một năm"),
        ("0203 3851 234", "không hai không ba ba tám năm một hai ba bốn"),
        ("+84 912 345 678", "cộng tám bốn chín một hai ba bốn năm sáu bảy tám"),
    ])
    func phones(_ written: String, _ said: String) {
        #expect(words(written) == said)
        #expect(rules(written).last == .phone)
    }

    @Test func thousandsTypedWithSpaces() {
        #expect(words("hỗ trợ 50 000đ") == "hỗ trợ năm mươi nghìn đồng")
        #expect(words("có 5 000 người") == "có năm nghìn người")
        #expect(words("năm 2023 100 hộ") == "năm hai nghìn không trăm hai mươi ba một trăm hộ")
        #expect(words("số 113 115") == "số một trăm mười ba một trăm mười lăm")  // not 113.115
        #expect(words("1/2 số hộ") == "một trên hai số hộ")
    }

    @Test func aDashBetweenTwoPhoneNumbersIsNoRange() {
        #expect(words("0912.345.678 - 0987.654.321") == "không chín một hai ba bốn năm sáu bảy tám không chín tám bảy sáu năm bốn ba hai một")
    }

    @Test func shortNumbersAreNotPhonesWithoutAPhoneWord() {
        #expect(words("nhà số 113") == "nhà số một trăm mười ba")
        #expect(words("113 hộ") == "một trăm mười ba hộ")
    }

    @Test(arguments: [
        ("50.000đ", "năm mươi nghìn đồng"), ("50.000 đồng", "năm mươi nghìn đồng"), ("50.000 đ", "năm mươi nghìn đồng"),
        ("1,5 triệu đồng", "một phẩy năm triệu đồng"), ("2 tr", "hai triệu"), ("2tr", "hai triệu"),
        ("500k", "năm trăm nghìn"), ("1tr5", "một triệu năm trăm nghìn"), ("200.000 VNĐ", "hai trăm nghìn đồng"),
    ])
    func money(_ written: String, _ said: String) {
        #expect(words(written) == said)
    }

    @Test func percentages() {
        #expect(words("92,5%") == "chín mươi hai phẩy năm phần trăm")
        #expect(words("100%") == "một trăm phần trăm")
        #expect(words("20-25%") == "hai mươi đến hai mươi lăm phần trăm")
        #expect(rules("92,5%") == [.percent])
    }

    @Test(arguments: [
        ("50km", "năm mươi ki lô mét"), ("50 km/h", "năm mươi ki lô mét trên giờ"), ("3m", "ba mét"),
        ("15cm", "mười lăm xăng ti mét"), ("250mm", "hai trăm năm mươi mi li mét"), ("100m²", "một trăm mét vuông"),
        ("100 m2", "một trăm mét vuông"), ("5m³", "năm mét khối"), ("-2°C", "âm hai độ xê"), ("30 oC", "ba mươi độ xê"),
        ("2,5 ha", "hai phẩy năm héc ta"), ("10kg", "mười ki lô gam"), ("3 tấn", "ba tấn"), ("5 l", "năm lít"),
        ("500ml", "năm trăm mi li lít"), ("24h", "hai mươi tư giờ"), ("tốc độ tối đa km/h", "tốc độ tối đa ki lô mét trên giờ"),
    ])
    func units(_ written: String, _ said: String) {
        #expect(words(written) == said)
    }

    @Test func romanNumeralsOnlyWhereTheyNumber() {
        #expect(words("Quý IV") == "quý bốn")
        #expect(words("Chương II") == "chương hai")
        #expect(words("khoá XV") == "khoá mười lăm")
        #expect(words("Đại hội XIII") == "đại hội mười ba")
        #expect(words("thế kỷ XXI") == "thế kỷ hai mươi mốt")
        #expect(words("vitamin C") == "vitamin xê")
        #expect(words("Tôi là I") == "tôi là i")
        #expect(words("phần C") == "phần xê")
        #expect(words("chữ V") == "chữ vê")
        #expect(rules("Quý IV").last == .roman)
    }

    @Test(arguments: [
        ("UBND", "ủy ban nhân dân"), ("HĐND", "hội đồng nhân dân"), ("MTTQ", "mặt trận tổ quốc"),
        ("PCCC", "phòng cháy chữa cháy"), ("BHYT", "bảo hiểm y tế"), ("BHXH", "bảo hiểm xã hội"),
        ("THCS", "trung học cơ sở"), ("THPT", "trung học phổ thông"), ("TP. Hà Nội", "thành phố hà nội"),
        ("TX. Sơn Tây", "thị xã sơn tây"), ("TT. Phùng", "thị trấn phùng"), ("QL1A", "quốc lộ một a"),
        ("TL 419", "tỉnh lộ bốn trăm mười chín"), ("CSGT", "cảnh sát giao thông"), ("CAX", "công an xã"),
        ("KT-XH", "kinh tế xã hội"), ("ATGT", "an toàn giao thông"), ("PCTT", "phòng chống thiên tai"),
        ("TKCN", "tìm kiếm cứu nạn"), ("ubnd", "ủy ban nhân dân"), ("QĐ-UBND", "quyết định ủy ban nhân dân"),
        ("PCTT&TKCN", "phòng chống thiên tai và tìm kiếm cứu nạn"), ("Tp. Vinh", "thành phố vinh"), ("Bhyt", "bảo hiểm y tế"),
    ])
    func abbreviations(_ written: String, _ said: String) {
        #expect(words(written) == said)
    }

    @Test func aVietnameseWordInSmallLettersIsNotLookedUpInCapitals() {
        #expect(words("tu sửa") == "tu sửa")
        #expect(words("ca trực") == "ca trực")
        #expect(words("Tu sửa") == "tu sửa")
        #expect(words("Ca trực") == "ca trực")
    }

    @Test func sentenceSplitting() {
        #expect(reader.sentences("Họp lúc 7h30. Mời bà con! Có ai không? Hết") == [
            "họp lúc bảy giờ ba mươi phút", "mời bà con", "có ai không", "hết",
        ])
        #expect(reader.sentences("Dòng một\nDòng hai\r\nDòng ba").count == 3)
        #expect(reader.sentences("Hỗ trợ 50.000 đồng. Tại TP. Hà Nội.") == [
            "hỗ trợ năm mươi nghìn đồng", "tại thành phố hà nội",
        ])
        #expect(reader.sentences("Ngày 15.11.2023 họp.").count == 1)
    }

    @Test func capitalsAreWordsWhenTheyAreVietnameseSyllables() {
        #expect(words("THÔNG BÁO KHẨN") == "thông báo khẩn")
        #expect(words("NGHIÊNG") == "nghiêng")
        #expect(words("VTV") == "vê tê vê")
        #expect(rules("VTV") == [.spelled])
    }

    @Test func unknownTokensAreSpelled() {
        #expect(words("H5N1") == "hát năm en một")
        #expect(words("COVID-19") == "cô vít mười chín")
        #expect(words("loại B") == "loại bê")
        #expect(words("#") == "")
        #expect(words("A & B") == "a và bê")
    }

    @Test func decomposedInputIsComposed() {
        let nfd = "tha\u{301}ng 4"
        #expect(words(nfd) == "tháng tư")
    }
}
