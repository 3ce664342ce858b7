import Foundation
import LoaCore
import LoaDaemon

/// Files no `--output` may name: the airing log with its SQLite companions, and the configuration.
/// `loa export --log X --output X --force` once replaced the airing log with its own export.
enum ProtectedOutput {
    static func check(_ output: String?, log: String, config: String = DaemonPaths().config) throws {
        guard let output, output != "-" else { return }
        var protected: [(path: String, what: String)] = [(log, "the airing log")]
        for suffix in ["-wal", "-shm", "-journal"] { protected.append((log + suffix, "a part of the airing log (\(suffix.dropFirst()))")) }
        protected.append((config, "the configuration file"))
        let dropIns = (config as NSString).deletingLastPathComponent + "/" + ConfigLoader.dropInFolderName
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dropIns)) ?? [] where name.hasSuffix(".toml") {
            protected.append((dropIns + "/" + name, "an announcement file of the configuration"))
        }
        for (path, what) in protected where same(output, path) {
            throw CLIFailure("--output \(output) is \(what) (\(path)); loa never writes an export over the airing log or the configuration. Choose another file, such as ~/airings.csv.")
        }
    }

    /// The same file: the same inode when both exist, else the same absolute path once links are resolved.
    static func same(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        if stat(a, &x) == 0, stat(b, &y) == 0 { return x.st_dev == y.st_dev && x.st_ino == y.st_ino }
        func canonical(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        return canonical(a) == canonical(b)
    }
}
