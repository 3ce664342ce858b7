import LoaCore

/// A planned identity compared with a log row's identity text as bytes: the report matches a million
/// rows without formatting a million identities or making a string of each row's.
///
/// The bytes fed are exactly those of `AiringIdentity.description` (`date/slot/announcement/rep/zones`),
/// so a planned airing matches the row the daemon wrote from that description.
struct IdentityBytes {
    let identity: AiringIdentity
    /// The date's text, the same for every identity of a day: made once per day by the caller.
    let dateText: [UInt8]

    /// Calls `body` with each byte of the description, in order, until it returns false.
    @inline(__always)
    func forEachByte(_ body: (UInt8) -> Bool) -> Bool {
        let slash = UInt8(ascii: "/")
        for b in dateText { guard body(b) else { return false } }
        guard body(slash) else { return false }
        for b in identity.slot.utf8 { guard body(b) else { return false } }
        guard body(slash) else { return false }
        for b in identity.announcement.utf8 { guard body(b) else { return false } }
        guard body(slash) else { return false }
        for b in String(identity.repetition).utf8 { guard body(b) else { return false } }
        guard body(slash) else { return false }
        for (i, zone) in identity.zones.enumerated() {
            if i > 0 { guard body(UInt8(ascii: "+")) else { return false } }
            for b in zone.utf8 { guard body(b) else { return false } }
        }
        return true
    }

    var hash: UInt64 {
        var h = Self.seed
        _ = forEachByte { b in
            h = (h ^ UInt64(b)) &* Self.prime
            return true
        }
        return h
    }

    func equals(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let same = forEachByte { b in
            guard i < bytes.count, bytes[i] == b else { return false }
            i += 1
            return true
        }
        return same && i == bytes.count
    }

    /// FNV-1a, 64 bits: a few instructions a byte, and collisions are settled by `equals`.
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h = seed
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }
}
