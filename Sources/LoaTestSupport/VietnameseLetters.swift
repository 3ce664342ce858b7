/// Whether a text is written in Vietnamese: it holds a letter that, of loa's two languages, only
/// Vietnamese uses — đ, ơ, ư, ă, â, ê, ô, or a vowel with a tone mark.
public func hasVietnameseLetters(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
        "đĐơƠưƯăĂâÂêÊôÔ".unicodeScalars.contains(scalar)
            || (0x00C0...0x00FD).contains(scalar.value) && scalar.properties.isAlphabetic
            || (0x1EA0...0x1EF9).contains(scalar.value)
    }
}
