import Foundation
import LoaAudio
import Logging

/// The test process's own ALSA configuration. ALSA_CONFIG_PATH is read once per process, before the
/// first snd_ call, so every test that touches ALSA goes through `TestALSA.ready` first.
///
/// `loacap:FILE="…"` is a file PCM over the null PCM writing raw samples to FILE; FILE may be
/// `|command`, which ALSA pipes into (a paced reader, or one that quits early to make a device die).
enum TestALSA {
    static let ready: Void = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-alsa-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("asound.conf").path
        let config = """
        </usr/share/alsa/alsa.conf>
        pcm.loacap {
            @args [ FILE ]
            @args.FILE { type string }
            type file
            slave.pcm null
            format raw
            file $FILE
        }

        """
        _ = FileManager.default.createFile(atPath: path, contents: Data(config.utf8))
        setenv("ALSA_CONFIG_PATH", path, 1)
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
}
