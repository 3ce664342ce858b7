import Foundation
@testable import LoaCore
import Testing

/// A session never airs past its `max_length`: after a late start, what no longer fits is cut, whole.
@Suite struct SessionFitTests {
    static let day = LocalDate(year: 2023, month: 11, day: 20)!

    /// A session of items of the given lengths (seconds), planned back to back from 0 with `pauseS` between.
    static func session(_ lengths: [Int64], kinds: [PlannedAiring.Kind]? = nil, maxLengthS: Int64, pauseS: Int64 = 0) -> AirSession {
        var at: Int64 = 0
        var items: [PlannedAiring] = []
        for (i, length) in lengths.enumerated() {
            let kind = kinds?[i] ?? .item
            let id = kind == .item ? "muc-\(i)" : kind == .intro ? AiringIdentity.intro : AiringIdentity.outro
            items.append(PlannedAiring(identity: AiringIdentity(date: day, slot: "sang", announcement: id, repetition: 1, zones: ["toan-xa"]),
                                       kind: kind, startMs: at, dueMs: at, lengthMs: length * 1000, slotID: "sang",
                                       announcementID: kind == .item ? id : nil, title: "Mục \(i)", campaign: nil, zones: ["toan-xa"],
                                       devices: ["default"], audio: AudioRef(written: "\(i).wav", path: "/a/\(i).wav"),
                                       priority: .normal, gainDB: 0))
            at += (length + pauseS) * 1000
        }
        return AirSession(items: items, slotEndMs: maxLengthS * 1000, maxLengthMs: maxLengthS * 1000, pauseMs: pauseS * 1000)
    }

    static func ids(_ items: [PlannedAiring]) -> [String] { items.map(\.identity.announcement) }

    @Test func onTimeEverythingPlannedFits() {
        let s = Self.session(Array(repeating: 2, count: 10), maxLengthS: 24)
        let split = SessionFit.split(s, startingAt: 0)
        #expect(split.fits.count == 10 && split.cut.isEmpty)
    }

    /// The case: ten 2 s items, max_length 24 s, started 12.8 s late: 11.2 s are left, so five
    /// items air (ending at 22.8 s) and five are cut.
    @Test func aLateStartCutsWhatWouldEndAfterTheSession() {
        let s = Self.session(Array(repeating: 2, count: 10), maxLengthS: 24)
        let split = SessionFit.split(s, startingAt: 12_800)
        #expect(Self.ids(split.fits) == ["muc-0", "muc-1", "muc-2", "muc-3", "muc-4"])
        #expect(Self.ids(split.cut) == ["muc-5", "muc-6", "muc-7", "muc-8", "muc-9"])
    }

    @Test func anItemEndingExactlyAtTheEndFitsAndPausesCount() {
        // 4 s + 1 s pause + 4 s = 9 s from 1 s: ends at 10 s exactly.
        let s = Self.session([4, 4, 4], maxLengthS: 10, pauseS: 1)
        let split = SessionFit.split(s, startingAt: 1_000)
        #expect(Self.ids(split.fits) == ["muc-0", "muc-1"])
        #expect(Self.ids(split.cut) == ["muc-2"])
    }

    @Test func aShorterItemAfterOneThatDoesNotFitStillAirs() {
        let s = Self.session([3, 5, 1], maxLengthS: 10)
        let split = SessionFit.split(s, startingAt: 5_000)
        #expect(Self.ids(split.fits) == ["muc-0", "muc-2"])
        #expect(Self.ids(split.cut) == ["muc-1"])
    }

    @Test func anIntroOrOutroAloneIsNotAired() {
        let s = Self.session([2, 6, 2], kinds: [.intro, .item, .outro], maxLengthS: 12)
        let split = SessionFit.split(s, startingAt: 7_000)
        #expect(split.fits.isEmpty)
        #expect(split.cut.count == 3)
    }

    @Test func aFixedTimeAiringHasNoEndAndAlwaysFits() {
        var s = Self.session([600], maxLengthS: 1)
        s.slotEndMs = nil
        #expect(SessionFit.split(s, startingAt: 1_000_000).fits.count == 1)
    }

    @Test func theDeciderStartsWhatFitsAndCutsTheRestWithTheReason() {
        let s = Self.session(Array(repeating: 2, count: 10), maxLengthS: 24)
        let decision = DueDecider.decide([s], done: [], inFlight: [], busyDevices: [], nowMs: 12_300, policy: GracePolicy())
        // Started 0.5 s after "now" to pre-roll: at 12.8 s.
        let start = try? #require(decision.start.first)
        #expect(start?.atMs == 12_800 && start?.late == true)
        #expect(start.map { Self.ids($0.session.items) } == ["muc-0", "muc-1", "muc-2", "muc-3", "muc-4"])
        #expect(Self.ids(decision.cut.map(\.airing)) == ["muc-5", "muc-6", "muc-7", "muc-8", "muc-9"])
        #expect(decision.cut.allSatisfy { $0.reason.contains("did not fit in the session after a late start (max_length 24s)") })
        #expect(decision.missed.isEmpty)
    }

    @Test func nothingLeftToFitStartsNothingAndHoldsNoDevice() {
        let s = Self.session([5, 5], maxLengthS: 12)
        let decision = DueDecider.decide([s], done: [], inFlight: [], busyDevices: [], nowMs: 8_000, policy: GracePolicy())
        #expect(decision.start.isEmpty)
        #expect(decision.cut.count == 2)
    }
}
