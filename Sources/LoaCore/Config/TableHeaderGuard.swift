/// Finds, before toml++ parses a text, the constructs its parser asserts on instead of reporting them.
///
/// toml++ 3.x (`parse_table_header` in TOMLKit's toml.hpp) skips the `[` of a table header, a second `[`
/// directly after it, and the spaces after them, then calls `parse_key()`, which begins with
/// `TOML_ASSERT_ASSUME(is_bare_key_character(*cp) || is_string_delimiter(*cp))`. Any other character there
/// — a third `[` (`[[[announcement]]]`), a line of brackets, `[.x]`, `[=]`, a `[` alone at the end of a
/// line — aborts the process (exit 134) in a build with assertions, and is undefined behaviour without.
/// So a table header at the start of a line is checked here first. The text around it is followed just
/// far enough to know which lines toml++ reads as the start of a statement: not lines inside a multi-line
/// string or a list that spans lines, where `[[[1]]]` is a valid value.
///
/// The second and third, found by fuzzing (scripts/fuzz-config): a value `1979-05-27Tname07:32:00`, a
/// date and `T` with no digit after it, which toml++ takes for a date-time and hands to `parse_time`, which
/// asserts; and a date, a space and a single digit (`2024-12-15 2`), whose look-ahead asserts.
///
/// Hand-written: no library knows where toml++ asserts. Only valid TOML has to be followed exactly,
/// because toml++ stops at its first error; after an error this scanner may lose its way harmlessly.
enum TableHeaderGuard {
    struct Fault: Equatable {
        /// 1-based, as toml++ counts them (in Unicode scalars).
        var line: Int
        var column: Int
        /// The character found where the header's name should begin; nil at the end of the line.
        var found: Character?
        /// Whether that character is one `[` too many.
        var extraBracket: Bool
        /// A date and time whose time does not begin with a digit after its `T` (`1979-05-27Tname07:32:00`):
        /// toml++'s `parse_date_time` calls `parse_time`, which asserts that a digit is there.
        var dateTimeWithoutTime = false
        /// A value that begins with `}` or a non-ASCII space, where toml++'s parse_value asserts.
        var valueMissing = false
    }

    static func firstFault(in text: String) -> Fault? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var line = 1
        var lineStart = 0
        enum Container { case array, inlineTable }
        var containers: [Container] = []
        var atStatement = true
        var headerLine = false
        var expectValue = false
        let n = scalars.count

        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
        /// What toml++ counts as whitespace, which ends a value: Unicode's, and also the zero-width marks it
        /// lists (U+FEFF, U+180E, U+200B, U+2060) — the fifth find was `1979-05-27 0` + U+FEFF.
        func spaceToToml(_ c: Unicode.Scalar) -> Bool {
            c.properties.isWhitespace || [0xFEFF, 0x180E, 0x200B, 0x2060].contains(c.value)
        }
        func isKeyStart(_ c: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "-" || c == "_"
                || c == "\"" || c == "'"
        }
        func at(_ k: Int) -> Unicode.Scalar? { k < n ? scalars[k] : nil }
        /// Moves past a string opened at `i`; stops at its end, or at the newline of an unclosed one-line string.
        func skipString() {
            let quote = scalars[i]
            let multiLine = at(i + 1) == quote && at(i + 2) == quote
            if !multiLine && at(i + 1) == quote { i += 2; return }
            i += multiLine ? 3 : 1
            while i < n {
                let c = scalars[i]
                if c == "\\" && quote == "\"" {
                    if at(i + 1) == "\n" { line += 1; lineStart = i + 2 }
                    i += 2
                    continue
                }
                if c == "\n" {
                    if !multiLine { return }
                    line += 1
                    lineStart = i + 1
                } else if c == quote {
                    if !multiLine { i += 1; return }
                    if at(i + 1) == quote && at(i + 2) == quote {
                        i += 3
                        // Up to two more quotes belong to the string's text ("""a"""" is `a"`).
                        while at(i) == quote { i += 1 }
                        return
                    }
                }
                i += 1
            }
        }

        /// `YYYY-MM-DD` then `T` or `t` then anything but a digit, at the start of a value; or (the third
        /// find) a date, one space, one digit and the value's end (`from = 2024-12-15 2`): toml++ looks past
        /// the space for a time, takes the digit, and its scan asserts that the value goes on.
        func dateTimeFault(at start: Int) -> Fault? {
            func digit(_ k: Int) -> Bool { at(k).map { ("0"..."9").contains($0) } ?? false }
            func terminator(_ k: Int) -> Bool {
                guard let c = at(k) else { return true }
                return [",", "]", "}", "#"].contains(c) || spaceToToml(c)
            }
            // Any ten characters with - in the fifth and eighth place (the fuzzer's fourth find was
            // `202<-12-15 2`: toml++ keeps no trait for <), never valid when a space and one digit follow.
            if digit(start), (0..<10).allSatisfy({ !terminator(start + $0) && at(start + $0) != "\"" }), at(start + 4) == "-",
               at(start + 7) == "-", at(start + 10) == " ", digit(start + 11), terminator(start + 12) {
                return Fault(line: line, column: start + 12 - lineStart + 1, found: nil, extraBracket: false, dateTimeWithoutTime: true)
            }
            guard (0..<4).allSatisfy({ digit(start + $0) }), at(start + 4) == "-", digit(start + 5), digit(start + 6),
                  at(start + 7) == "-", digit(start + 8), digit(start + 9),
                  let t = at(start + 10), t == "T" || t == "t", !digit(start + 11) else { return nil }
            let after = at(start + 11)
            let found: Character? = after.flatMap { ($0 == "\n" || $0 == "\r") ? nil : Character($0) }
            return Fault(line: line, column: start + 11 - lineStart + 1, found: found, extraBracket: false, dateTimeWithoutTime: true)
        }

        while i < n {
            let c = scalars[i]
            if atStatement {
                if isSpace(c) { i += 1; continue }
                atStatement = false
                if c == "[" {
                    headerLine = true
                    var k = i + 1
                    var spaced = false
                    while let s = at(k), isSpace(s) { k += 1; spaced = true }
                    if at(k) == "[" && !spaced {
                        k += 1
                        while let s = at(k), isSpace(s) { k += 1 }
                    }
                    if let s = at(k), s != "]", !isKeyStart(s), !(spaced && s == "[") {
                        let column = k - lineStart + 1
                        let found: Character? = (s == "\n" || s == "\r") ? nil : Character(s)
                        return Fault(line: line, column: column, found: found, extraBracket: s == "[")
                    }
                }
                continue
            }
            switch c {
            case "\n":
                line += 1
                lineStart = i + 1
                headerLine = false
                if containers.isEmpty { atStatement = true; expectValue = false }
                i += 1
            case " ", "\t", "\r":
                i += 1
            case "#":
                while i < n && scalars[i] != "\n" { i += 1 }
            case "\"", "'":
                expectValue = false
                skipString()
            case "=":
                expectValue = true
                i += 1
            case "[" where !headerLine:
                containers.append(.array)
                expectValue = true
                i += 1
            case "{":
                containers.append(.inlineTable)
                expectValue = false
                i += 1
            case ",":
                expectValue = containers.last == .array
                i += 1
            case "}" where expectValue:
                // The fourth find: `s = [}"sang"]` — toml++'s parse_value asserts that a value does not
                // begin with a value terminator, and parse_array hands it a `}`.
                return Fault(line: line, column: i - lineStart + 1, found: "}", extraBracket: false, valueMissing: true)
            case "]" where !headerLine, "}":
                _ = containers.popLast()
                expectValue = false
                i += 1
            default:
                if expectValue, c.value >= 0x80, spaceToToml(c) {
                    return Fault(line: line, column: i - lineStart + 1, found: Character(c), extraBracket: false, valueMissing: true)
                }
                if expectValue, let fault = dateTimeFault(at: i) { return fault }
                expectValue = false
                i += 1
            }
        }

        return nil
    }
}
