import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Audio file names as they are on disk. The configuration's text is NFC, but a file copied from a Mac or
/// saved by some Windows tools is named decomposed (NFD), and Linux compares names byte by byte: a path
/// typed "chủ-đề.wav" would be "not there" beside the very file. Each part of a path that is not found as
/// written is looked up in its folder by its NFC form.
public enum DiskNames {
    static func onDisk(_ path: String) -> String {
        if exists(path) { return path }
        var resolved = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            let folder = resolved.isEmpty ? "." : resolved
            let join = { (name: String) in resolved.isEmpty ? name : (resolved.hasSuffix("/") ? resolved + name : resolved + "/" + name) }
            if exists(join(part)) || part == "." || part == ".." {
                resolved = join(part)
                continue
            }
            let wanted = part.nfc
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder),
                  let found = names.first(where: { $0.nfc == wanted }) else { return path }
            resolved = join(found)
        }
        return resolved
    }

    /// Whether anything is at `path`, a dangling link included (its fault is reported as such later).
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The timetable with every recording's path as the disk spells it.
    public static func resolve(_ timetable: inout Timetable) {
        for i in timetable.announcements.indices where timetable.announcements[i].speech == nil {
            timetable.announcements[i].audio.path = onDisk(timetable.announcements[i].audio.path)
        }
        for i in timetable.slots.indices {
            if let intro = timetable.slots[i].intro { timetable.slots[i].intro?.path = onDisk(intro.path) }
            if let outro = timetable.slots[i].outro { timetable.slots[i].outro?.path = onDisk(outro.path) }
        }
    }
}
