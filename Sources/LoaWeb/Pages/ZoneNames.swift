import LoaCore

/// Zones as the officer reads them: the name loa.toml gives a zone (`Thôn Nà Mu`), not its id
/// (`thon-na-mu`). A zone no longer configured (an old airing in the log, a status file written
/// before a reload) keeps its id: it still says which zone it was.
struct ZoneNames: Sendable {
    private let names: [String: String]

    init(_ zones: [Zone]) {
        names = Dictionary(zones.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    func name(_ id: String) -> String {
        guard let name = names[id], !name.isEmpty else { return id }
        return name
    }

    /// Several zones on one line, in the order given.
    func list(_ ids: [String]) -> String {
        ids.map(name).joined(separator: ", ")
    }
}
