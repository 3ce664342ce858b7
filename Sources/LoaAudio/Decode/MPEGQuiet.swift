import CMPEGQuiet

/// libmpg123's notes to stderr are silenced by Sources/CMPEGQuiet (see there why and how).
enum MPEGQuiet {
    static func ensure() {
        _ = loa_mpg123_quiet()
    }
}
