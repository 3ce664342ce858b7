import CLinux
import Glibc

/// Gives back what the daemon holds resident but does not use while it waits: the heap's free pages
/// (malloc_trim), and, from the process's page tables, the clean pages of the files it maps (its own
/// executable and the libraries).
///
/// loa ships as one static binary (the Swift runtime, Foundation, the web console and every command in
/// it). Loading the configuration, planning, a session's decoding fault in ten-odd MB of its code and
/// read-only data, and the kernel maps up to 16 pages around each page touched (fault-around); all of it
/// stays mapped, and counted in the resident size, through hours in which nothing runs. Dropping the
/// mappings (MADV_DONTNEED) of pages that were never written leaves them in the page cache, from which
/// the next use maps them again at once (a minor fault, no disk read); what the daemon keeps using comes
/// back, the rest is cache the kernel may reclaim. Only mappings that cannot be written and hold no
/// anonymous page are touched: a written page's contents exist nowhere else. Written by hand: no
/// library does this.
public enum ResidentPages {
    /// Safe at any time and from any thread; costs a read of /proc/self/smaps and a few dozen system calls,
    /// and the pages used next a minor fault each: call it before a long wait, not on the way to a start.
    public static func release() {
        malloc_trim(0)
        guard let smaps = read("/proc/self/smaps") else { return }
        var range: (start: UInt, end: UInt)?
        var clean = false
        var anonymous = -1
        func dropIfClean() {
            if let r = range, clean, anonymous == 0, let start = UnsafeMutableRawPointer(bitPattern: r.start) {
                _ = madvise(start, Int(r.end - r.start), MADV_DONTNEED)
            }
        }
        for line in smaps.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = fields.first else { continue }
            if first.contains("-"), fields.count >= 5, !first.hasSuffix(":") {
                dropIfClean()
                let bounds = first.split(separator: "-")
                range = nil
                anonymous = -1
                // Only private mappings of files that cannot be written (no w); Anonymous: 0 is checked below.
                clean = fields.count >= 6 && fields[5].hasPrefix("/") && !fields[1].contains("w") && fields[1].hasSuffix("p")
                if clean, bounds.count == 2, let lo = UInt(bounds[0], radix: 16), let hi = UInt(bounds[1], radix: 16) {
                    range = (lo, hi)
                }
            } else if first == "Anonymous:", fields.count >= 2 {
                anonymous = Int(fields[1]) ?? -1
            }
        }
        dropIfClean()
    }

    private static func read(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
