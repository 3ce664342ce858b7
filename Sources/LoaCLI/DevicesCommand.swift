import ArgumentParser
import LoaAudio

struct DevicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "devices",
        abstract: "List the sound cards and the ALSA devices a zone's `device` can name."
    )

    func run() throws {
        AudioLogging.bootstrap()
        print(DevicesText.render(cards: DeviceCatalog.cards(), pcms: DeviceCatalog.playbackPCMs()), terminator: "")
    }
}

enum DevicesText {
    static func render(cards: [DeviceCatalog.Card], pcms: [DeviceCatalog.PCMDevice]) -> String {
        var out = "Sound cards:\n"
        if cards.isEmpty { out += "  (none found)\n" }
        for card in cards { out += "  \(card.index)  \(card.name)  \(card.longName)\n" }
        out += "\nDevices (write one as a zone's device):\n"
        if pcms.isEmpty { out += "  (none found)\n" }
        for pcm in pcms { out += "  \(pcm.name)\n      \(pcm.description)\n" }
        return out
    }
}
