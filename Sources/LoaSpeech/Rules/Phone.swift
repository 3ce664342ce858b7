/// Phone numbers, read digit by digit ("không chín một hai …"), never as an amount.
///
/// - A number starting with 0 of 8 to 11 digits, written whole or in groups separated by spaces, dots or
///   dashes: `0912 345 678`, `0912.345.678`, `0912345678`, `0203 3851 234`.
/// - With the country code: `+84 912 345 678` "cộng tám bốn chín một hai …".
/// - Service numbers 1900/1800 written in groups or after a phone word: `1900 1234`, `1800.1091`,
///   `hotline 19001234` (but 19000000 alone is an amount).
/// - Numbers of 3 to 5 digits after "gọi", "hotline", "đường dây nóng", "tổng đài", "điện thoại" (within
///   three words): `gọi 113` "gọi một một ba", `tổng đài 1022` "tổng đài một không hai hai". Elsewhere 113
///   is "một trăm mười ba" (a house number, a count).
extension SentenceReader {
    static let phoneTriggers: Set<String> = ["gọi", "hotline", "nóng", "đài", "thoại", "đt", "sđt", "máy", "zalo"]
    /// Words after which digits in groups are a number to dial, not thousands.
    static let phoneWords = phoneTriggers.union(["số"])

    mutating func readPhone() -> Bool {
        var atoms = currentAtoms()
        // +84 912 345 678: the country code, "cộng tám bốn", then the groups
        var plus = false
        if atoms.first?.mark == "+", let code = atoms[safe: 1]?.digits, code.count <= 3, atoms.count == 2,
            let next = token(after: 1), next.allSatisfy({ $0.isASCII && $0.isNumber })
        {
            plus = true
            atoms.removeFirst()
        }
        // Groups of digits joined by . - or nothing else
        var digits = ""
        for (n, a) in atoms.enumerated() {
            if let d = a.digits {
                digits += d
            } else if n % 2 == 1, let m = a.mark, m == "." || Tokenizer.dashes.contains(m), n + 1 < atoms.count {
                continue
            } else {
                return false
            }
        }
        guard !digits.isEmpty else { return false }
        let service = digits.hasPrefix("1900") || digits.hasPrefix("1800")
        let startsPhone = digits.hasPrefix("0") && digits.count >= 3 || service || plus
        if startsPhone {
            // Take the following groups written apart: 0912 345 678
            var taken = 1
            while digits.count < 11, let next = token(after: taken), (2...4).contains(next.count),
                next.allSatisfy({ $0.isASCII && $0.isNumber })
            {
                digits += next
                taken += 1
            }
            let context = (1...3).map { previousWord($0) }.contains(where: Self.phoneTriggers.contains)
            // 19001234 alone may be an amount; written in groups or after a phone word it is a number to dial
            let dialled = plus ? digits.count >= 9 : service
                ? (digits.count == 8 || digits.count == 10) && (atoms.count > 1 || taken > 1 || context)
                : digits.count >= 8 && digits.count <= 11
            if dialled {
                say((plus ? ["cộng"] : []) + Cardinal.digitByDigit(digits), .phone, tokens: taken)
                return true
            }
        }
        if atoms.count == 1, (3...5).contains(digits.count) {
            let context = (1...3).map { previousWord($0) }
            if context.contains(where: Self.phoneTriggers.contains) {
                say(Cardinal.digitByDigit(digits), .phone)
                return true
            }
        }
        return false
    }
}
