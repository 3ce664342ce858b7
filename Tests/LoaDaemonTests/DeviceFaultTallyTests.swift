@testable import LoaDaemon
import Testing

/// When a failing device is worth a journal line: on each change of state, with the count of airings.
@Suite struct DeviceFaultTallyTests {
    @Test func linesAtTheFirstFailureAtPowersOfTwoOnANewFaultAndWhenItWorksAgain() {
        var tally = DeviceFaultTally()
        var said: [Int] = []
        for airing in 1...9 {
            // Every item of an airing fails on the device: counted once.
            for _ in 0..<3 {
                if case .failing(_, let f, _) = tally.failed(device: "hw:9,0", fault: "gone", airing: "a\(airing)", atMs: Int64(airing) * 1000) {
                    said.append(f.count)
                }
            }
        }
        #expect(said == [1, 2, 4, 8])
        #expect(tally.failing["hw:9,0"]?.count == 9 && tally.failing["hw:9,0"]?.sinceMs == 1000)
        // A different fault is news.
        if case .failing(_, let f, let first) = tally.failed(device: "hw:9,0", fault: "busy", airing: "a10", atMs: 10_000) {
            #expect(f.count == 10 && !first && f.fault == "busy")
        } else {
            Issue.record("a new fault was not said")
        }
        #expect(tally.worked(device: "hw:0,0") == nil, "a device that never failed says nothing")
        guard case .worksAgain(let device, let f) = tally.worked(device: "hw:9,0") else {
            Issue.record("works again was not said")
            return
        }
        #expect(device == "hw:9,0" && f.count == 10)
        #expect(tally.worked(device: "hw:9,0") == nil, "said once")
        guard case .failing(_, let again, let first) = tally.failed(device: "hw:9,0", fault: "gone", airing: "a11", atMs: 11_000) else {
            Issue.record("a new failure after recovery was not said")
            return
        }
        #expect(first && again.count == 1 && again.sinceMs == 11_000)
    }

    @Test func ordinals() {
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(DeviceFaultTally.ordinal)
            == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"])
    }
}
