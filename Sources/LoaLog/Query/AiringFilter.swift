import GRDB
import LoaCore

/// Which airings a query, an export or the logbook is about. Every part is optional; parts combine with AND.
public struct AiringFilter: Hashable, Sendable {
    /// Planned dates, station-local, both ends included.
    public var from: LocalDate?
    public var through: LocalDate?
    public var campaign: String?
    public var announcement: String?
    /// Airings heard in this zone (alone or with others).
    public var zone: String?
    /// Empty: every outcome.
    public var outcomes: Set<Outcome>
    /// The zones exactly as stored (`a+b`): how the logbook's page asks each combination holding `zone`
    /// through the index on zones.
    var storedZones: String?

    public init(from: LocalDate? = nil, through: LocalDate? = nil, campaign: String? = nil, announcement: String? = nil,
                zone: String? = nil, outcomes: Set<Outcome> = []) {
        self.from = from
        self.through = through
        self.campaign = campaign
        self.announcement = announcement
        self.zone = zone
        self.outcomes = outcomes
    }

    /// A WHERE clause (or "") and its arguments. Dates compare as text: ISO dates sort as they read.
    var sql: (clause: String, arguments: StatementArguments) {
        var terms: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let from { terms.append("planned_date >= ?"); arguments.append(from.description) }
        if let through { terms.append("planned_date <= ?"); arguments.append(through.description) }
        if let campaign { terms.append("campaign = ?"); arguments.append(campaign.precomposedStringWithCanonicalMapping) }
        if let announcement { terms.append("announcement_id = ?"); arguments.append(announcement) }
        if let storedZones {
            terms.append("zones = ?"); arguments.append(storedZones)
        } else if let zone {
            terms.append("instr('+' || zones || '+', ?) > 0"); arguments.append("+\(zone)+")
        }
        if !outcomes.isEmpty {
            let sorted = outcomes.map(\.rawValue).sorted()
            terms.append("outcome IN (\(sorted.map { _ in "?" }.joined(separator: ", ")))")
            arguments += sorted.map { $0 as (any DatabaseValueConvertible)? }
        }
        return (terms.isEmpty ? "" : "WHERE " + terms.joined(separator: " AND "), StatementArguments(arguments))
    }
}
