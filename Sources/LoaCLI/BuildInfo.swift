import CLoaStamp

/// The version of this binary and the commit it was built from, as `loa --version`, `loa status` and the
/// report's footer show them. scripts/package stamps them into the binary after the build (CLoaStamp);
/// a binary built with a plain `swift build` says the source's version and "unknown commit".
public enum BuildInfo {
    /// The version the sources are at; the VERSION file holds the same (a test keeps them equal).
    public static let sourceVersion = "0.2.0"

    /// The stamp's two lines, when the binary was stamped.
    static let stamp: (version: String, commit: String)? = {
        let lines = String(cString: loa_build_stamp()).split(separator: "\n").map(String.init)
        guard lines.count >= 2, !lines[0].isEmpty, !lines[1].isEmpty else { return nil }
        return (lines[0], lines[1])
    }()

    /// 0.2.0+git20261207013000.87d8b26 for a packaged build; the source's version otherwise.
    public static var version: String { stamp?.version ?? sourceVersion }

    /// The full commit hash (with -dirty when the tree had changes), or nil for an unstamped build.
    public static var commit: String? { stamp?.commit }

    /// One line for people: `0.2.0+git20261207013000.87d8b26 (commit 87d8b26…)` or `0.2.0 (unknown commit)`.
    public static var line: String {
        "\(version) (\(commit.map { "commit \($0)" } ?? "unknown commit"))"
    }
}
