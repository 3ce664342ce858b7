import Dispatch
import LoaCore
import Synchronization

/// Plans the next few days on another thread while the report matches the current ones with the log:
/// planning is half the report's work, and `Planner.planDay` is pure, so the two overlap on a second core.
/// Memory stays bounded: at most two batches of days are planned at once.
final class PlanAhead: Sendable {
    static let batch = 4

    let days: [LocalDate]
    private let plans = Mutex<[[PlannedAiring]]>([])
    private let done = DispatchSemaphore(value: 0)

    init(days: [LocalDate], planDay: @escaping @Sendable (LocalDate) -> [PlannedAiring]) {
        self.days = days
        DispatchQueue.global().async { [self] in
            let made = days.map(planDay)
            plans.withLock { $0 = made }
            done.signal()
        }
    }

    /// The plans of `days`, in order, once made.
    func wait() -> [[PlannedAiring]] {
        done.wait()
        return plans.withLock { $0 }
    }

    /// The batch of days from `first` (at most `batch`, none after `last`), started; nil past `last`.
    static func start(from first: LocalDate, through last: LocalDate,
                      planDay: @escaping @Sendable (LocalDate) -> [PlannedAiring]) -> PlanAhead? {
        guard first <= last else { return nil }
        var days: [LocalDate] = []
        var day = first
        while day <= last, days.count < batch {
            days.append(day)
            day = day.adding(days: 1)
        }
        return PlanAhead(days: days, planDay: planDay)
    }
}
