import Foundation
import Synchronization
import Testing
@testable import LoaDaemon

/// The watchdog's executor: a task that prefers it runs, sleeps and has a free actor answer on its one
/// thread (what makes a ping one wake-up), and still gets its answer from an actor busy elsewhere.
@Suite struct OneThreadExecutorTests {
    actor Counter {
        var asked = 0
        /// The thread the answer ran on.
        func ask() -> pthread_t {
            asked += 1
            return pthread_self()
        }

        /// Holds the actor, on whatever thread runs it, until `release` is raised.
        func hold(holding: Flag, until release: Flag) {
            holding.raise()
            while !release.isRaised { usleep(1_000) }
        }
    }

    final class Flag: Sendable {
        private let value = Atomic(false)
        func raise() { value.store(true, ordering: .releasing) }
        var isRaised: Bool { value.load(ordering: .acquiring) }
    }

    nonisolated static func rounds(_ counter: Counter, _ count: Int) async -> [(loop: pthread_t, answer: pthread_t, afterSleep: pthread_t)] {
        var out: [(pthread_t, pthread_t, pthread_t)] = []
        for _ in 0..<count {
            let loop = pthread_self()
            let answer = await counter.ask()
            try? await Task.sleep(for: .milliseconds(10))
            out.append((loop, answer, pthread_self()))
        }
        return out
    }

    @Test func aPreferringTaskItsSleepsAndAFreeActorsAnswerAllRunOnTheOneThread() async {
        let executor = OneThreadExecutor(name: "loa-test-one")
        let counter = Counter()
        let rounds = await withTaskExecutorPreference(executor) { await Self.rounds(counter, 5) }
        #expect(rounds.count == 5)
        let thread = rounds[0].loop
        for r in rounds {
            #expect(pthread_equal(r.loop, thread) != 0 && pthread_equal(r.answer, thread) != 0 && pthread_equal(r.afterSleep, thread) != 0)
        }
        #expect(await counter.asked == 5)
    }

    @Test func anActorBusyOnAnotherThreadStillAnswersOnce() async {
        let executor = OneThreadExecutor(name: "loa-test-one")
        let counter = Counter()
        let holding = Flag(), release = Flag()
        // The actor held by a task on the shared pool: the round waits for it, and then gets its answer.
        let holder = Task.detached { await counter.hold(holding: holding, until: release) }
        while !holding.isRaised { await Task.yield() }
        let asking = Task {
            await withTaskExecutorPreference(executor) { await Self.rounds(counter, 1) }
        }
        release.raise()
        await holder.value
        let rounds = await asking.value
        #expect(rounds.count == 1)
        #expect(await counter.asked == 1)
    }
}
