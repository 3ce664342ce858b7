import Foundation
import Synchronization

/// The accounts and the throttle `loa web` runs with: the users file (`Accounts/`, `loa web user …`) and
/// its LoginThrottle, behind the console's two small protocols.
public enum AccountsSource {
    /// The users file, read at start (a missing or broken file stops `loa web` with the reason) and read
    /// again whenever it changes, so `loa web user add` takes effect without a restart.
    public static func load(path: String) throws -> any ConsoleAccounts {
        try FileAccounts(path: path)
    }

    public static func throttle() -> any ConsoleThrottle { ThrottleAdapter(LoginThrottle()) }
}

final class FileAccounts: ConsoleAccounts {
    private let path: String
    private let current: Mutex<(modified: Date?, accounts: WebAccounts)>

    init(path: String) throws {
        self.path = path
        current = Mutex((Self.modified(path), try WebAccounts.load(from: path)))
    }

    func verify(user: String, password: String) -> WebAccount? {
        accounts().verify(user: user, password: password)
    }

    func account(named name: String) -> WebAccount? {
        accounts().account(named: name)
    }

    func passwordStamp(of name: String) -> String? {
        accounts().passwordStamp(of: name)
    }

    private func accounts() -> WebAccounts {
        current.withLock { state -> WebAccounts in
            let modified = Self.modified(path)
            if modified != state.modified, let fresh = try? WebAccounts.load(from: path) { state = (modified, fresh) }
            return state.accounts
        }
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}

struct ThrottleAdapter: ConsoleThrottle {
    let throttle: LoginThrottle

    init(_ throttle: LoginThrottle) {
        self.throttle = throttle
    }

    func waitSeconds(user: String, address: String) async -> Int? {
        switch await throttle.check(user: user, address: address) {
        case .allowed: return nil
        case .slowedDown(let retryAfter): return max(1, Int(retryAfter.rounded(.up)))
        case .locked(let until): return max(1, Int(until.timeIntervalSinceNow.rounded(.up)))
        }
    }

    func failed(user: String, address: String) async {
        _ = await throttle.recordFailure(user: user, address: address)
    }

    func succeeded(user: String, address: String) async {
        await throttle.recordSuccess(user: user, address: address)
    }
}
