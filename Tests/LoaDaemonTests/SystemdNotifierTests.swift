import Foundation
import Testing
@testable import LoaDaemon
#if canImport(Glibc)
import Glibc
#endif

/// sd_notify through real libsystemd to a real datagram socket, as systemd would receive it.
/// Serialized, and every environment change goes through ProcessEnvironment: NOTIFY_SOCKET and
/// WATCHDOG_USEC belong to the whole test process.
@Suite(.serialized) struct SystemdNotifierTests {
    let notifier = SystemdNotifier()

    /// Runs body with NOTIFY_SOCKET naming a fresh socket, and returns what arrived on it.
    private func datagrams(_ body: (SystemdNotifier) -> Void) throws -> [String] {
        let socket = try NotifySocket()
        return ProcessEnvironment.with(["NOTIFY_SOCKET": socket.path]) {
            body(notifier)
            var received: [String] = []
            while let datagram = socket.receive() { received.append(datagram) }
            return received
        }
    }

    @Test func readySendsReadyAndTheStatusInOneDatagram() throws {
        let received = try datagrams { #expect($0.ready(status: "Chờ: Buổi sáng lúc 06:00") == .sent) }
        #expect(received == ["READY=1\nSTATUS=Chờ: Buổi sáng lúc 06:00"])
    }

    @Test func statusAloneSendsOnlyTheStatus() throws {
        let received = try datagrams { $0.status("Đang phát: Chủ đề Tháng hành động (Toàn xã)") }
        #expect(received == ["STATUS=Đang phát: Chủ đề Tháng hành động (Toàn xã)"])
    }

    @Test func aLineBreakInAStatusCannotStartAnotherAssignment() throws {
        let received = try datagrams { $0.status("on air\nREADY=1") }
        #expect(received == ["STATUS=on air READY=1"])
    }

    @Test func watchdogSendsWatchdog() throws {
        let received = try datagrams { $0.watchdog() }
        #expect(received == ["WATCHDOG=1"])
    }

    @Test func reloadingCarriesTheMonotonicClock() throws {
        let before = SystemdNotifier.monotonicMicroseconds()
        let received = try datagrams { $0.reloading() }
        let after = SystemdNotifier.monotonicMicroseconds()
        let lines = try #require(received.first).split(separator: "\n").map(String.init)
        #expect(received.count == 1)
        #expect(lines.count == 2)
        #expect(lines.first == "RELOADING=1")
        let stamp = try #require(lines.last.flatMap { $0.hasPrefix("MONOTONIC_USEC=") ? UInt64($0.dropFirst(15)) : nil })
        #expect(stamp >= before && stamp <= after)
    }

    @Test func reloadingMayCarryAStatus() throws {
        let received = try datagrams { $0.reloading(status: "Đọc lại cấu hình") }
        let lines = try #require(received.first).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first == "RELOADING=1")
        #expect(lines.last == "STATUS=Đọc lại cấu hình")
    }

    @Test func aReloadEndsWithReady() throws {
        let received = try datagrams { $0.readyAfterReload(status: "Cấu hình mới: 12 lượt phát hôm nay") }
        #expect(received == ["READY=1\nSTATUS=Cấu hình mới: 12 lượt phát hôm nay"])
    }

    @Test func stoppingSaysSoWithAStatus() throws {
        let received = try datagrams { $0.stopping(status: "Dừng") }
        #expect(received == ["STOPPING=1\nSTATUS=Dừng"])
    }

    @Test func aDaemonLifeArrivesInOrder() throws {
        let received = try datagrams { notifier in
            notifier.ready(status: "a")
            notifier.watchdog()
            notifier.stopping(status: "b")
        }
        #expect(received == ["READY=1\nSTATUS=a", "WATCHDOG=1", "STOPPING=1\nSTATUS=b"])
    }

    @Test func withoutANotifySocketEveryCallIsAQuietNoOp() {
        ProcessEnvironment.with(["NOTIFY_SOCKET": nil]) {
            #expect(notifier.ready(status: "x") == .noManager)
            #expect(notifier.status("x") == .noManager)
            #expect(notifier.watchdog() == .noManager)
            #expect(notifier.reloading() == .noManager)
            #expect(notifier.readyAfterReload(status: "x") == .noManager)
            #expect(notifier.stopping(status: "x") == .noManager)
        }
    }

    @Test func aSocketNobodyListensOnIsReportedNotFatal() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("loa-no-such-\(UUID().uuidString)").path
        ProcessEnvironment.with(["NOTIFY_SOCKET": missing]) {
            #expect(notifier.watchdog() == .failed(errno: ENOENT))
        }
    }

    @Test func withoutLibsystemdItSaysSoWhenSystemdIsListeningAndIsQuietWhenNot() throws {
        let machineWithout = SystemdNotifier(libraryName: "libsystemd-not-installed.so.0")
        let socket = try NotifySocket()
        ProcessEnvironment.with(["NOTIFY_SOCKET": socket.path, "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": nil]) {
            guard case .noLibrary(let reason) = machineWithout.ready(status: "x") else {
                Issue.record("expected noLibrary")
                return
            }
            #expect(reason.contains("libsystemd-not-installed.so.0"))
            #expect(machineWithout.watchdogInterval == nil)
            #expect(notifier.watchdogInterval == .seconds(30), "the real library, loaded, reads the same environment")
        }
        ProcessEnvironment.with(["NOTIFY_SOCKET": nil]) {
            #expect(machineWithout.status("x") == .noManager)
        }
    }

    @Test func theWatchdogIntervalComesFromSystemdAndPingsGoAtHalfOfIt() {
        ProcessEnvironment.with(["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": String(getpid())]) {
            #expect(notifier.watchdogInterval == .seconds(30))
            #expect(notifier.watchdogPingInterval == .seconds(15))
        }
    }

    @Test func noWatchdogWhenSystemdWatchesNobodyOrAnotherProcess() {
        ProcessEnvironment.with(["WATCHDOG_USEC": nil, "WATCHDOG_PID": nil]) {
            #expect(notifier.watchdogInterval == nil)
            #expect(notifier.watchdogPingInterval == nil)
        }
        ProcessEnvironment.with(["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": String(getpid() + 1)]) {
            #expect(notifier.watchdogInterval == nil)
        }
    }
}
