import Foundation
import LoaCore
import LoaDaemon

/// Files no `--output` may name: the airing log with its SQLite companions, and the configuration.
/// `loa export --log X --output X --force` once replaced the airing log with its own export.
enum ProtectedOutput {
    static func check(_ output: String?, log: String, config: String = DaemonPaths().config) throws {
        guard let output, output != "-" else { return }
        var protected: [(path: String, what: LocalizedText)] = [(log, LocalizedText(en: "the airing log", vi: "nhật ký phát sóng"))]
        for suffix in ["-wal", "-shm", "-journal"] {
            protected.append((log + suffix, LocalizedText(en: "a part of the airing log (\(suffix.dropFirst()))",
                                                          vi: "một phần của nhật ký phát sóng (\(suffix.dropFirst()))")))
        }
        protected.append((config, LocalizedText(en: "the configuration file", vi: "tệp cấu hình")))
        let dropIns = (config as NSString).deletingLastPathComponent + "/" + ConfigLoader.dropInFolderName
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dropIns)) ?? [] where name.hasSuffix(".toml") {
            protected.append((dropIns + "/" + name, LocalizedText(en: "an announcement file of the configuration", vi: "một tệp thông báo của cấu hình")))
        }
        for (path, what) in protected where same(output, path) {
            throw CLIFailure(LocalizedText(
                en: "--output \(output) is \(what.en) (\(path)); loa never writes an export over the airing log or the configuration. Choose another file, such as ~/airings.csv.",
                vi: "--output \(output) là \(what.vi) (\(path)); loa không bao giờ ghi đè lên nhật ký phát sóng hay cấu hình. Hãy chọn tệp khác, ví dụ ~/airings.csv."))
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
