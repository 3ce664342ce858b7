/// The test sound card (Tests/Fixtures/alsa-plugin/pcm_loaclock.c), built for the tests that load it: the
/// audio tests through their own ALSA configuration, the daemon tests through `loa run`'s.
public enum TestSoundCard {
    /// Compiles the plugin to `path`; nil when it built, otherwise why it could not be.
    public static func build(to path: String) -> String? {
        let source = Paths.root + "/Tests/Fixtures/alsa-plugin/pcm_loaclock.c"
        var problems: [String] = []
        // The Swift toolchain brings clang; cc is there on machines with build-essential.
        for compiler in ["clang", "cc"] {
            guard let built = try? run("/usr/bin/env", [compiler, "-shared", "-fPIC", "-DPIC", "-O2", "-o", path, source, "-lasound"]) else {
                problems.append("cannot run \(compiler)")
                continue
            }
            if built.status == 0 { return nil }
            problems.append("\(compiler) failed: \(built.stderr)")
        }
        return problems.joined(separator: "; ")
    }
}
