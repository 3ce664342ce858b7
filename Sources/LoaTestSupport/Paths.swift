import Foundation

/// Where the package, its fixtures and the built `loa` are, for the test targets that run the real binary.
public enum Paths {
    /// The package root, found from this file's place in Sources/LoaTestSupport.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return url.path
    }()

    public static let fixtures = root + "/Tests/Fixtures"
    public static let exampleConfig = root + "/config/loa.toml"

    /// The `loa` binary built beside the test bundle.
    public static let loa = product("loa")

    /// An executable of the package (`loa`, `loa-log-stress`…) built beside the test bundle.
    public static func product(_ name: String) -> String {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" && !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent(name).path) {
            folder.deleteLastPathComponent()
        }
        let beside = folder.appendingPathComponent(name).path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : root + "/.build/debug/" + name
    }

    public static func cases(_ kind: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures + "/" + kind)) ?? []).sorted()
    }
}

