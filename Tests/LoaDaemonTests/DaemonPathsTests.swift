import Testing
@testable import LoaDaemon

@Suite struct DaemonPathsTests {
    @Test func defaultsFollowTheFilesystemHierarchy() {
        let paths = DaemonPaths()
        #expect(paths.config == "/etc/loa/loa.toml")
        #expect(paths.log.hasPrefix("/var/lib/loa/"))
        #expect(paths.status.hasPrefix("/run/loa/"))
    }
}
