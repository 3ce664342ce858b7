import CLinux
import Glibc
import Synchronization

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
    /// Safe at any time and from any thread; costs a few dozen system calls, and the pages used next a minor
    /// fault each: call it before a long wait, not on the way to a start.
    public static func release() {
        malloc_trim(0)
        for range in startupMappings.withLock({ $0 }) {
            if let start = UnsafeMutableRawPointer(bitPattern: range.lowerBound) {
                _ = madvise(start, Int(range.upperBound - range.lowerBound), MADV_DONTNEED)
            }
        }
    }

    /// The read-only private file mappings the process had when the daemon started, holding no anonymous
    /// page then: the executable's and the start-up libraries' code and read-only data (their relocated
    /// parts, written by the loader before `main`, hold anonymous pages and are left out).
    ///
    /// Only those are ever dropped. Between reading smaps and the madvise, another thread may change the
    /// address space: an output thread opening a sound card dlopens ALSA's plugins (the loader first maps
    /// a library's whole extent read-only, then its segments over it, then relocates them), closing one
    /// dlcloses them, and an unmapped range may be reused at once for a thread's stack or a malloc heap.
    /// MADV_DONTNEED on such a stale range would throw away relocated or live anonymous pages (a crash,
    /// seen once as a jump to an unrelocated address). A mapping present at start-up is never unmapped,
    /// so its range cannot go stale.
    ///
    /// Decided once, at start-up, rather than from smaps before each wait: the kernel walks every page
    /// table to write smaps, about 5 ms of CPU each time, and the daemon waits a minute or more after most
    /// airings (a third of a 10-minute WAV's whole cost, BENCHMARKS.md "Playback CPU"). Nothing in loa
    /// writes to a read-only mapping later; a debugger's breakpoints would (they are dropped, and go).
    private static let startupMappings = Mutex<[Range<UInt>]>([])

    /// Notes the mappings `release` may drop; call once at start-up, before any thread loads a library.
    public static func rememberStartupMappings() {
        guard let smaps = read("/proc/self/smaps") else { return }
        startupMappings.withLock { $0 = cleanFileRanges(smaps) }
    }

    /// The ranges `release` drops.
    static var remembered: [Range<UInt>] { startupMappings.withLock { $0 } }

    /// The address ranges of `smaps` (the text of /proc/PID/smaps) that are private mappings of a file that
    /// cannot be written and hold no anonymous page.
    ///
    /// Read as bytes, a line at a time: the same parse with String's split and `contains` cost about 18 ms of
    /// CPU (BENCHMARKS.md, "Playback CPU").
    static func cleanFileRanges(_ smaps: [UInt8]) -> [Range<UInt>] {
        var found: [Range<UInt>] = []
        var candidate: Range<UInt>?
        forEachLine(smaps) { line in
            if let header = mappingHeader(line) {
                // A mapping's header line: its fields ("Anonymous:", …) follow until the next one.
                candidate = header.candidate
            } else if let range = candidate, startsWith(line, "Anonymous:") {
                if number(after: 10, in: line) == 0 { found.append(range) }
                candidate = nil
            }
        }
        return found
    }

    /// Calls `body` with each line of `text`, without its newline, as bytes (no String is made).
    private static func forEachLine(_ text: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        text.withUnsafeBufferPointer { text in
            var lineStart = 0
            while lineStart < text.count {
                var lineEnd = lineStart
                while lineEnd < text.count, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                body(UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd]))
                lineStart = lineEnd + 1
            }
        }
    }

    /// A mapping's header line, "lo-hi perms offset dev inode [path]", with its range when the mapping is a
    /// candidate (a file's, private, not writable); nil for the lines of its fields ("Rss:", "VmFlags:", …),
    /// whose first word is no pair of hexadecimal addresses.
    private static func mappingHeader(_ line: UnsafeBufferPointer<UInt8>) -> Header? {
        var fields: [Range<Int>] = []
        var i = 0
        while i < line.count, fields.count < 6 {
            while i < line.count, line[i] == UInt8(ascii: " ") { i += 1 }
            let start = i
            // The path (the sixth field) runs to the end of the line: it may hold spaces.
            while i < line.count, fields.count == 5 || line[i] != UInt8(ascii: " ") { i += 1 }
            if i > start { fields.append(start..<i) }
        }
        guard fields.count >= 5, let dash = fields[0].first(where: { line[$0] == UInt8(ascii: "-") }),
              let lo = hex(line, fields[0].lowerBound..<dash), let hi = hex(line, (dash + 1)..<fields[0].upperBound)
        else { return nil }
        let perms = fields[1]
        let candidate = fields.count == 6 && line[fields[5].lowerBound] == UInt8(ascii: "/") && lo < hi && perms.count == 4
            && line[perms.lowerBound + 1] != UInt8(ascii: "w") && line[perms.lowerBound + 3] == UInt8(ascii: "p")
        return Header(candidate: candidate ? lo..<hi : nil)
    }

    private struct Header {
        var candidate: Range<UInt>?
    }

    private static func hex(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt? {
        guard !range.isEmpty, range.count <= 16 else { return nil }
        var value: UInt = 0
        for i in range {
            let c = line[i]
            let digit: UInt
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt(c - UInt8(ascii: "a") + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }

    private static func startsWith(_ line: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        guard line.count >= prefix.utf8CodeUnitCount else { return false }
        let p = prefix.utf8Start
        for i in 0..<prefix.utf8CodeUnitCount where line[i] != p[i] { return false }
        return true
    }

    /// The decimal number after `offset` (spaces skipped); nil when there is none.
    private static func number(after offset: Int, in line: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = offset
        while i < line.count, line[i] == UInt8(ascii: " ") { i += 1 }
        var value = 0
        var digits = 0
        while i < line.count, line[i] >= UInt8(ascii: "0"), line[i] <= UInt8(ascii: "9") {
            value = value * 10 + Int(line[i] - UInt8(ascii: "0"))
            digits += 1
            i += 1
        }
        return digits > 0 ? value : nil
    }

    static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return bytes
    }
}
