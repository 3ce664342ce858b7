import Foundation
import Glibc
import Testing
@testable import LoaDaemon

/// ResidentPages drops from the page tables only what can be mapped again from its file: private,
/// read-only mappings of a file with no anonymous page. Dropping any other page would lose its contents.
@Suite struct ResidentPagesTests {
    static let smaps = """
    55d0c0000000-55d0c0400000 r--p 00000000 08:01 1234                       /usr/bin/loa
    Size:               4096 kB
    Rss:                1200 kB
    Anonymous:             0 kB
    VmFlags: rd mr mw me dw sd
    55d0c0400000-55d0c0800000 r-xp 00400000 08:01 1234                       /usr/bin/loa
    Rss:                2048 kB
    Anonymous:             0 kB
    VmFlags: rd ex mr mw me dw sd
    55d0c0800000-55d0c0810000 r--p 00800000 08:01 1234                       /usr/bin/loa
    Rss:                  64 kB
    Anonymous:            64 kB
    VmFlags: rd mr mw me dw ac sd
    55d0c0810000-55d0c0820000 rw-p 00810000 08:01 1234                       /usr/bin/loa
    Anonymous:             0 kB
    55d0c1000000-55d0c1100000 rw-p 00000000 00:00 0                          [heap]
    Anonymous:           512 kB
    7f0000000000-7f0000021000 rw-p 00000000 00:00 0 
    Anonymous:             4 kB
    7f1000000000-7f1000010000 r--s 00000000 08:01 99                         /var/lib/loa/airings.sqlite-shm
    Anonymous:             0 kB
    7f2000000000-7f2000200000 r-xp 00000000 08:01 77                         /usr/lib/x86_64-linux-gnu/thư viện âm thanh (deleted).so
    Rss:                 128 kB
    Anonymous:             0 kB
    7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]
    Anonymous:            12 kB
    7fff00000000-7fff00002000 r-xp 00000000 00:00 0                          [vdso]
    Anonymous:             0 kB

    """

    @Test func onlyPrivateReadOnlyFileMappingsWithoutAnonymousPagesAreDropped() {
        let ranges = ResidentPages.cleanFileRanges(Array(Self.smaps.utf8))
        #expect(ranges == [
            0x55d0_c000_0000..<0x55d0_c040_0000,  // the executable's read-only data
            0x55d0_c040_0000..<0x55d0_c080_0000,  // its code
            // not its relocated data (RELRO: read-only now, but its pages were written), nor what is writable,
            // the heap, an anonymous mapping, a shared one, the stack or the vDSO
            0x7f20_0000_0000..<0x7f20_0020_0000,  // a library whose path has spaces and Vietnamese in it
        ])
    }

    @Test func aMappingWhoseAnonymousLineIsMissingIsKept() {
        let text = "55d0c0000000-55d0c0400000 r--p 00000000 08:01 1234 /usr/bin/loa\nRss: 4 kB\n"
            + "55d0c0400000-55d0c0800000 r-xp 00400000 08:01 1234 /usr/bin/loa\nAnonymous: 0 kB\n"
        #expect(ResidentPages.cleanFileRanges(Array(text.utf8)) == [0x55d0_c040_0000..<0x55d0_c080_0000])
    }

    @Test func theDaemonsOwnSmapsParses() {
        // The running test process: its executable's code is a clean file mapping.
        let ranges = ResidentPages.cleanFileRanges(ResidentPages.read("/proc/self/smaps") ?? [])
        #expect(!ranges.isEmpty)
        #expect(ranges.allSatisfy { $0.lowerBound < $0.upperBound })
    }
    /// What release drops is decided once, at start-up, from smaps: the clean read-only mappings of the
    /// files then mapped (this test binary's code among them). Release drops their pages without reading
    /// smaps again; what runs next maps back only what it uses.
    @Test func releaseDropsThePagesOfTheMappingsCleanAtStartUp() throws {
        ResidentPages.rememberStartupMappings()
        let remembered = ResidentPages.remembered
        #expect(!remembered.isEmpty)
        #expect(remembered == ResidentPages.cleanFileRanges(ResidentPages.read("/proc/self/smaps") ?? []).filter { remembered.contains($0) })
        let largest = try #require(remembered.max { Self.residentKB(at: $0.lowerBound) ?? 0 < Self.residentKB(at: $1.lowerBound) ?? 0 })
        let before = try #require(Self.residentKB(at: largest.lowerBound))
        ResidentPages.release()
        let after = try #require(Self.residentKB(at: largest.lowerBound))
        #expect(before >= 64 && after < before / 2, "the largest clean mapping held \(before) kB before release and \(after) kB after")
    }

    /// A file mapped after start-up (an ALSA plugin dlopened for a sound card, a file read through mmap)
    /// may be unmapped and its range reused by another thread between the read of smaps and the madvise:
    /// release leaves it alone, even when it looks clean.
    @Test func aFileMappedAfterStartUpKeepsItsPages() throws {
        ResidentPages.rememberStartupMappings()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("loa-resident-\(UUID().uuidString)").path
        defer { unlink(path) }
        let size = 16 * 4096
        try Data(repeating: 7, count: size).write(to: URL(fileURLWithPath: path))
        let fd = open(path, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let mapped = try #require(mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0))
        try #require(mapped != MAP_FAILED)
        defer { munmap(mapped, size) }
        var sum = 0
        for page in stride(from: 0, to: size, by: 4096) { sum += Int(mapped.load(fromByteOffset: page, as: UInt8.self)) }
        #expect(sum == 7 * 16)
        let start = UInt(bitPattern: mapped)
        // Before: resident, and a candidate by its looks (private, read-only, a file's, no anonymous page).
        #expect(Self.residentKB(at: start) ?? 0 > 0)
        #expect(ResidentPages.cleanFileRanges(ResidentPages.read("/proc/self/smaps") ?? []).contains { $0.lowerBound == start })
        ResidentPages.release()
        #expect(Self.residentKB(at: start) ?? 0 > 0, "a mapping made after start-up was dropped")
    }

    /// The Rss of the mapping that begins at `start`, from /proc/self/smaps.
    static func residentKB(at start: UInt) -> Int? {
        let text = String(decoding: ResidentPages.read("/proc/self/smaps") ?? [], as: UTF8.self)
        let prefix = String(start, radix: 16) + "-"
        var inside = false
        for line in text.split(separator: "\n") {
            if line.first?.isHexDigit == true && line.contains("-") && !line.hasSuffix(":") && line.split(separator: " ").count >= 5 {
                inside = line.hasPrefix(prefix)
            } else if inside, line.hasPrefix("Rss:") {
                return Int(line.split(separator: " ")[1])
            }
        }
        return nil
    }
}
