/// The numbers of official documents: `15/2023/NQ-HĐND`, `123/QĐ-UBND`, `15/TB-UBBC`.
///
/// The number, the year after "năm", the codes by name, the slashes and dashes silent:
/// `Nghị quyết số 15/2023/NQ-HĐND` = "nghị quyết số mười lăm năm hai nghìn không trăm hai mươi ba nghị quyết
/// hội đồng nhân dân"; `số 123/QĐ-UBND` = "số một trăm hai mươi ba quyết định ủy ban nhân dân". The codes of
/// document kinds (TB, KH, CT, BC, TT …) are read so only inside such a number: elsewhere "TT" is "thị trấn".
extension SentenceReader {
    static let documentCodes: [String: String] = [
        "TB": "thông báo", "KH": "kế hoạch", "CT": "chỉ thị", "BC": "báo cáo", "CV": "công văn", "TTr": "tờ trình",
        "HD": "hướng dẫn", "NQ": "nghị quyết", "QĐ": "quyết định", "TT": "thông tư", "NĐ": "nghị định",
        "CP": "chính phủ", "TTg": "thủ tướng", "BTC": "bộ tài chính", "BYT": "bộ y tế", "UBBC": "ủy ban bầu cử",
        "ĐU": "đảng ủy", "TU": "tỉnh ủy", "HU": "huyện ủy", "QH": "quốc hội", "GM": "giấy mời",
        "BNNPTNT": "bộ nông nghiệp và phát triển nông thôn", "SYT": "sở y tế", "BCĐ": "ban chỉ đạo",
        "VP": "văn phòng", "CAX": "công an xã", "BGDĐT": "bộ giáo dục và đào tạo", "L": "luật",
    ]

    mutating func readDocumentNumber() -> Bool {
        let atoms = currentAtoms()
        guard let first = atoms.first?.digits, atoms[safe: 1]?.mark == "/",
            atoms.indices.dropFirst(2).contains(where: { atoms[$0].letters != nil && atoms[$0 - 1].mark != nil })
        else { return false }
        var words = WrittenNumber.integerWords(first)
        for (n, atom) in atoms.enumerated().dropFirst() {
            switch atom {
            case .digits(let d):
                if d.count == 4, d.hasPrefix("19") || d.hasPrefix("20"), atoms[n - 1].mark == "/" {
                    words += ["năm"] + Cardinal.words(digits: d)
                } else {
                    words += WrittenNumber.integerWords(d)
                }
            case .letters(let l):
                words += Self.documentCodes[String(l)].map { [$0] } ?? table.abbreviation(l).map { [$0] } ?? Spelling.spell(l)
            case .mark:
                break
            }
        }
        say(words, .abbreviation)
        return true
    }
}
