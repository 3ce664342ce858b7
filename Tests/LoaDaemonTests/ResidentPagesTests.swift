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
}
