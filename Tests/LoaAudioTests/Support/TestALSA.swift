import Foundation
import LoaAudio
import LoaTestSupport
import Logging

/// The test process's own ALSA configuration. ALSA_CONFIG_PATH is read once per process, before the
/// first snd_ call, so every test that touches ALSA goes through `TestALSA.ready` first.
///
/// `loacap:FILE="…"` is a file PCM over the null PCM writing raw samples to FILE; FILE may be
/// `|command`, which ALSA pipes into (a paced reader, or one that quits early to make a device die).
/// `loanorewind:FILE="…"` is the same behind ALSA's rate plugin at 48 kHz to 48 kHz: a device that cannot
/// take audio back.
///
/// `loacard:FILE="…",LOCK="…",UNPLUG="…"` stands in for a sound card: the test plugin in
/// Tests/Fixtures/alsa-plugin, built here with the C compiler, plays by the clock (a late writer
/// underruns), is held by one opener at a time (LOCK), can drop out for one write (UNPLUG), and notes the
/// wall-clock instant of each start (STAMP) and of each opening's first non-zero frame (ONSET).
enum TestALSA {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-alsa-\(getpid())")
    static let configPath = folder.appendingPathComponent("asound.conf").path
    static let plugin = folder.appendingPathComponent("libasound_module_pcm_loaclock.so").path

    static let ready: Void = {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = """
        </usr/share/alsa/alsa.conf>
        pcm_type.loaclock { lib "\(plugin)" }
        pcm.loacard {
            @args [ FILE LOCK UNPLUG STAMP ONSET ]
            @args.FILE { type string }
            @args.LOCK { type string default "" }
            @args.UNPLUG { type string default "" }
            @args.STAMP { type string default "" }
            @args.ONSET { type string default "" }
            type loaclock
            file $FILE
            lock $LOCK
            unplug $UNPLUG
            stamp $STAMP
            onset $ONSET
        }
        pcm.loacap {
            @args [ FILE ]
            @args.FILE { type string }
            type file
            slave.pcm null
            format raw
            file $FILE
        }
        pcm.loanorewind {
            @args [ FILE ]
            @args.FILE { type string }
            type rate
            slave {
                pcm { type file slave.pcm null format raw file $FILE }
                rate 48000
            }
        }

        """
        _ = FileManager.default.createFile(atPath: configPath, contents: Data(config.utf8))
        setenv("ALSA_CONFIG_PATH", configPath, 1)
        // A pipe PCM whose reader quit must fail the write, not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        ALSAErrorLog.route(to: Logger(label: "test.alsa"))
    }()

    /// A PCM that captures into `file`.
    static func capture(_ file: String) -> String {
        _ = ready
        return "loacap:FILE=\"\(file)\""
    }

    /// A PCM that pipes into a shell command.
    static func pipe(_ command: String) -> String {
        _ = ready
        return "loacap:FILE=\"|\(command)\""
    }

    /// The same for 48 kHz, through ALSA's rate plugin at the same rate: the audio passes unchanged, and
    /// the device cannot take any of it back (its rewindable count is 0), as with devices that cannot.
    static func pipeThatCannotRewind(_ command: String) -> String {
        _ = ready
        return "loanorewind:FILE=\"|\(command)\""
    }

    /// Why the card plugin could not be built, if it could not.
    static let pluginProblem: String? = TestSoundCard.build(to: plugin)

    /// A clocked, exclusive card that appends what it plays to `file`.
    static func card(_ file: String, lock: String = "", unplug: String = "", stamp: String = "", onset: String = "") throws -> String {
        _ = ready
        if let pluginProblem { throw FixtureError("the test sound card plugin: \(pluginProblem)") }
        return "loacard:FILE=\"\(file)\",LOCK=\"\(lock)\",UNPLUG=\"\(unplug)\",STAMP=\"\(stamp)\",ONSET=\"\(onset)\""
    }
}
