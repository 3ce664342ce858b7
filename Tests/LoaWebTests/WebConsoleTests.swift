import Testing
@testable import LoaWeb

@Suite struct WebConsoleTests {
    @Test func theConsoleModuleIsLinked() {
        #expect(String(describing: WebConsole.self) == "WebConsole")
    }
}
