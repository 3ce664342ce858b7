import Foundation

/// A configuration read from its files: the timetable (when it could be built) and every problem found.
public struct LoadedConfig: Sendable {
    public var timetable: Timetable?
    public var diagnostics: Diagnostics
    /// Changes whenever any configuration file's text changes; recorded with each airing.
    public var revision: String
    /// Locators of every file read, by display path, for checks that come later.
    public var locators: [String: KeyLocator]
    /// The texts read, the main file first: what the daemon keeps as the last valid configuration.
    public var sources: [ConfigSource] = []
}

/// One configuration file's text, as the loader reads it.
public struct ConfigSource: Sendable, Codable, Equatable {
    public var displayPath: String
    /// The folder that relative audio paths in the file start from.
    public var folder: String
    public var bytes: [UInt8]

    public init(displayPath: String, folder: String, bytes: [UInt8]) {
        self.displayPath = displayPath
        self.folder = folder
        self.bytes = bytes
    }
}

extension ConfigSource {
    /// A notice's text file (`text_file`), read as the configuration's own files are (ConfigFileReader:
    /// a FIFO named like a text file does not block the reload); any fault reads as "cannot be read".
    public static let readFromDisk: @Sendable (String) -> [UInt8]? = { path in
        try? ConfigFileReader.read(path).get()
    }
}

public enum ConfigLoader {
    public static let defaultMainFile = "/etc/loa/loa.toml"
    public static let dropInFolderName = "announcements.d"

    /// Reads `mainFile` and every `*.toml` in the `announcements.d` folder beside it, in name order. Files
    /// are named in diagnostics relative to the main file's folder, as `loa check` prints them. A file that
    /// cannot be read — permission, a dangling link, a folder or FIFO named `*.toml` — is an error naming
    /// it and the reason: a campaign is never dropped without a word.
    ///
    /// `overlay`: drop-in texts by file name (`x.toml`) read instead of, or beside, the folder's files — how
    /// `loa web` checks the whole configuration with a drop-in before that drop-in is written.
    public static func load(mainFile: String, overlay: [String: [UInt8]] = [:]) -> LoadedConfig {
        let folder = (mainFile as NSString).deletingLastPathComponent
        let dropInFolder = folder.isEmpty ? dropInFolderName : folder + "/" + dropInFolderName
        let mainName = (mainFile as NSString).lastPathComponent
        var faults = Diagnostics()
        func unreadable(_ shown: String, _ fault: FileFault, what: LocalizedText) {
            faults.add(Diagnostic(.error, .fileUnreadable, file: shown,
                                  message: LocalizedText(en: "loa cannot read \(what.en): \(fault.reason).",
                                                         vi: "loa không đọc được \(what.vi): \(fault.reasonText.vi)."),
                                  fix: fault.fixText))
        }
        let mainBytes: [UInt8]
        switch ConfigFileReader.read(mainFile) {
        case .success(let bytes):
            mainBytes = bytes
        case .failure(.missing):
            var diagnostics = Diagnostics()
            diagnostics.add(Diagnostic(.error, .configMissing, file: mainFile, message: LocalizedText(en: "there is no configuration file here.", vi: "không có tệp cấu hình ở chỗ này."),
                                       fix: LocalizedText(en: "Give the right path with --config, or copy the example: cp -r config/* /etc/loa/",
                                                          vi: "Ghi đúng đường dẫn sau --config, hoặc chép cấu hình mẫu: cp -r config/* /etc/loa/")))
            return LoadedConfig(timetable: nil, diagnostics: diagnostics, revision: "", locators: [:])
        case .failure(let fault):
            var diagnostics = Diagnostics()
            unreadable(mainFile, fault, what: LocalizedText(en: "the configuration file", vi: "tệp cấu hình"))
            diagnostics.add(contentsOf: faults)
            return LoadedConfig(timetable: nil, diagnostics: diagnostics, revision: "", locators: [:])
        }
        var dropIns: [ConfigSource] = []
        if let fault = ConfigFileReader.folderFault(dropInFolder) {
            unreadable(dropInFolderName, fault, what: LocalizedText(en: "the folder of announcement files", vi: "thư mục chứa các tệp thông báo"))
        } else {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dropInFolder)) ?? [])
                .filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }
            for name in Set(names).union(overlay.keys).sorted() {
                let shown = dropInFolderName + "/" + name
                let read = overlay[name].map { Result<[UInt8], FileFault>.success($0) } ?? ConfigFileReader.read(dropInFolder + "/" + name)
                switch read {
                case .success(let bytes):
                    dropIns.append(ConfigSource(displayPath: shown, folder: dropInFolder, bytes: bytes))
                case .failure(let fault):
                    unreadable(shown, fault, what: LocalizedText(en: "this announcement file", vi: "tệp thông báo này"))
                }
            }
        }
        var loaded = load(main: ConfigSource(displayPath: mainName, folder: folder, bytes: mainBytes), dropIns: dropIns)
        loaded.diagnostics.add(contentsOf: faults)
        if var timetable = loaded.timetable {
            DiskNames.resolve(&timetable)
            loaded.timetable = timetable
        }
        return loaded
    }

    /// The same from texts already in memory: what tests and a reloading daemon use.
    public static func load(main: ConfigSource, dropIns: [ConfigSource],
                            readFile: @escaping @Sendable (String) -> [UInt8]? = ConfigSource.readFromDisk) -> LoadedConfig {
        let reporter = Reporter()
        var locators: [String: KeyLocator] = [:]
        var hasher = RevisionHasher()

        func parse(_ source: ConfigSource) -> ParsedFile? {
            hasher.add(source.displayPath, source.bytes)
            switch SourceText.decode(source.bytes) {
            case .failure(.notUTF8(let line, let column)):
                reporter.add(Diagnostic(.error, .encoding, file: source.displayPath, line: line, column: column,
                                        message: .notUTF8,
                                        fix: .saveAsUTF8))
                return nil
            case .success(let text):
                let locator = KeyLocator(text: text.text)
                locators[source.displayPath] = locator
                switch TOMLDocument.parse(text.text) {
                case .success(let table):
                    return ParsedFile(displayPath: source.displayPath, folder: source.folder, locator: locator, table: table,
                                      readFile: readFile)
                case .failure(let error):
                    reporter.add(SyntaxErrorExplainer.diagnostic(for: error, file: source.displayPath, text: text.text))
                    return nil
                }
            }
        }

        var stationFile = StationFile()
        if let parsed = parse(main) { stationFile = StationFileParser.parse(parsed, reporter: reporter) }
        var announcements: [Announcement] = []
        for source in dropIns {
            if let parsed = parse(source) { announcements += AnnouncementFileParser.parse(parsed, reporter: reporter,
                                                                                          speech: stationFile.station?.speech ?? SpeechSettings()) }
        }
        // A notice's text_file is part of the configuration: editing it makes a new revision.
        for a in announcements where a.speech?.file != nil {
            hasher.add("text:" + a.id, Array(a.speech?.text.utf8 ?? "".utf8))
        }
        var timetable: Timetable?
        if let station = stationFile.station {
            let built = Timetable(station: station, zones: stationFile.zones, slots: stationFile.slots, announcements: announcements)
            TimetableValidator.validate(built, locators: locators, reporter: reporter,
                                        declaredZones: stationFile.declaredZoneIDs, declaredSlots: stationFile.declaredSlotIDs)
            timetable = built
        }
        return LoadedConfig(timetable: timetable, diagnostics: reporter.diagnostics, revision: hasher.hex, locators: locators,
                            sources: [main] + dropIns)
    }
}

/// FNV-1a over every file's name and bytes: a short revision id that changes with any edit.
struct RevisionHasher {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ name: String, _ bytes: [UInt8]) {
        for byte in Array(name.utf8) + [0] + bytes {
            state ^= UInt64(byte)
            state &*= 0x100_0000_01b3
        }
    }

    var hex: String {
        let text = String(state, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
