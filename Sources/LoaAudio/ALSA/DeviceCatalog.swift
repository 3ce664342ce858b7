import CALSA
import Foundation

/// The sound cards and PCMs ALSA knows, with their descriptions, for `loa devices`.
public enum DeviceCatalog {
    public struct Card: Hashable, Sendable {
        public var index: Int
        public var name: String
        public var longName: String
    }

    public struct PCMDevice: Hashable, Sendable {
        /// What a zone's `device` names, such as `default` or `plughw:CARD=PCH,DEV=0`.
        public var name: String
        /// ALSA's description, lines joined.
        public var description: String
    }

    public static func cards() -> [Card] {
        var cards: [Card] = []
        var index: Int32 = -1
        while snd_card_next(&index) == 0, index >= 0 {
            cards.append(Card(index: Int(index), name: take { snd_card_get_name(index, &$0) } ?? "card \(index)",
                              longName: take { snd_card_get_longname(index, &$0) } ?? ""))
        }
        return cards
    }

    /// Playback PCMs: those whose IOID is Output or absent (both directions).
    public static func playbackPCMs() -> [PCMDevice] {
        var hints: UnsafeMutablePointer<UnsafeMutableRawPointer?>?
        guard snd_device_name_hint(-1, "pcm", &hints) == 0, let list = hints else { return [] }
        defer { snd_device_name_free_hint(list) }
        var out: [PCMDevice] = []
        var cursor = list
        while let hint = cursor.pointee {
            defer { cursor += 1 }
            let io = value(hint, "IOID")
            guard io == nil || io == "Output", let name = value(hint, "NAME") else { continue }
            let description = (value(hint, "DESC") ?? "").split(separator: "\n").joined(separator: " — ")
            out.append(PCMDevice(name: name, description: description))
        }
        return out
    }

    /// ALSA hands back strings it allocated; copy and free them.
    private static func value(_ hint: UnsafeMutableRawPointer, _ key: String) -> String? {
        guard let raw = snd_device_name_get_hint(hint, key) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    private static func take(_ call: (inout UnsafeMutablePointer<CChar>?) -> Int32) -> String? {
        var raw: UnsafeMutablePointer<CChar>?
        guard call(&raw) == 0, let raw else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }
}
