import Foundation
@testable import LoaCLI
import Testing

// Keeps the target real (it had no sources, which stops `swift build`): `loa check` accepts a valid
// fixture configuration.
@Suite struct CheckValidFixtureTests {
    @Test func validFixtureHasNoErrors() {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/valid/not-approved/loa.toml").standardized.path
        let result = Checking.run(configPath: fixture)
        #expect(!result.hasErrors, "\(result.diagnostics.sorted)")
    }
}
