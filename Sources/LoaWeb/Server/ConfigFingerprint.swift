#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LoaCore

/// What the configuration's files look like on disk without reading them: each file's identity, size and
/// times (`stat`), for the main file, the `announcements.d` folder and its `*.toml`, and the notices'
/// `text_file`s — every file whose bytes make the configuration's revision. Equal fingerprints: the
/// files were not touched, and the console keeps the configuration it loaded and checked instead of
/// parsing and checking it again on every request (Hôm nay is polled; the logbook and the plan read it).
/// A saved file gets a new change time (and, saved by rename, a new inode) even when its size is the same.
struct ConfigFingerprint: Hashable, Sendable {
    private var entries: [Entry] = []

    private struct Entry: Hashable, Sendable {
        var path: String
        var device: UInt64 = 0, inode: UInt64 = 0, size: Int64 = -1
        var modified: [Int] = [], changed: [Int] = []
        var exists = false
    }

    /// `textFiles`: the notices' `text_file`s as written (relative ones start from the drop-in folder).
    static func of(mainFile: String, textFiles: [String]) -> ConfigFingerprint {
        var print = ConfigFingerprint()
        let folder = (mainFile as NSString).deletingLastPathComponent
        let dropIns = folder.isEmpty ? ConfigLoader.dropInFolderName : folder + "/" + ConfigLoader.dropInFolderName
        print.add(mainFile)
        print.add(dropIns)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dropIns)) ?? []).filter { $0.hasSuffix(".toml") }.sorted()
        for name in names { print.add(dropIns + "/" + name) }
        for file in textFiles.sorted() { print.add(file.hasPrefix("/") ? file : dropIns + "/" + file) }
        return print
    }

    private mutating func add(_ path: String) {
        var entry = Entry(path: path)
        var info = stat()
        if stat(path, &info) == 0 {
            entry.exists = true
            entry.device = UInt64(info.st_dev)
            entry.inode = UInt64(info.st_ino)
            entry.size = Int64(info.st_size)
            entry.modified = [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
            entry.changed = [Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)]
        }
        entries.append(entry)
    }
}
