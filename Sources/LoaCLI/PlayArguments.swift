/// `loa play`'s arguments, and a reading of its common forms that does not go through ArgumentParser.
///
/// Why: ArgumentParser finds options by reflection, and in a binary this size (Foundation, GRDB, every
/// command) each type it reflects costs a scan of some 7,000 protocol conformances: about 2 ms of CPU a
/// run, as much as aplay spends on a whole 10-minute WAV. Whatever this does not recognise (help, a
/// misspelt option, a repeated one, --device with --zone) is left to ArgumentParser, so its help and
/// its errors are unchanged.
struct PlayArguments: Equatable {
    var files: [String]
    var device: String?
    var zone: String?
    var config: String?

    init(files: [String], device: String? = nil, zone: String? = nil, config: String? = nil) {
        self.files = files
        self.device = device
        self.zone = zone
        self.config = config
    }

    /// `play FILE... [--device PCM | --zone ID] [--config PATH]`, options as `--name value` or
    /// `--name=value`; nil for anything else.
    static func quick(_ arguments: [String]) -> PlayArguments? {
        guard arguments.first == "play" else { return nil }
        var result = PlayArguments(files: [])
        var rest = arguments.dropFirst()
        while let word = rest.popFirst() {
            guard word.hasPrefix("-") else {
                result.files.append(word)
                continue
            }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0]
            let value: String
            if parts.count == 2 {
                value = String(parts[1])
            } else if let next = rest.popFirst(), !next.hasPrefix("-") {
                value = next
            } else {
                return nil
            }
            switch name {
            case "--device" where result.device == nil: result.device = value
            case "--zone" where result.zone == nil: result.zone = value
            case "--config" where result.config == nil: result.config = value
            default: return nil
            }
        }
        guard !result.files.isEmpty, result.device == nil || result.zone == nil else { return nil }
        return result
    }
}
