@testable import LoaCLI
import Testing

/// The common forms of `loa play` read without ArgumentParser, and everything else left to it.
@Suite struct PlayArgumentsTests {
    @Test func readsTheCommonForms() {
        #expect(PlayArguments.quick(["play", "a.wav", "b.mp3", "--device", "null"])
            == PlayArguments(files: ["a.wav", "b.mp3"], device: "null"))
        #expect(PlayArguments.quick(["play", "--zone=thon-na-mu", "--config", "/etc/loa/loa.toml", "a.wav"])
            == PlayArguments(files: ["a.wav"], zone: "thon-na-mu", config: "/etc/loa/loa.toml"))
        #expect(PlayArguments.quick(["play", "--device=plughw:1,0", "a b.wav"]) == PlayArguments(files: ["a b.wav"], device: "plughw:1,0"))
    }

    @Test(arguments: [
        ["play"], ["play", "--help"], ["play", "-h", "a.wav"], ["play", "a.wav", "--device"], ["play", "a.wav", "--devise", "x"],
        ["play", "a.wav", "--device", "x", "--zone", "y"], ["play", "a.wav", "--device", "x", "--device", "y"],
        ["play", "a.wav", "--device", "--zone"], ["check"], [], ["play", "--", "a.wav"],
    ])
    func leavesEverythingElseToArgumentParser(arguments: [String]) {
        #expect(PlayArguments.quick(arguments) == nil)
    }
}
