import Foundation
import Testing
@testable import LoaWeb

@Suite struct WebAccountsTests {
    /// A fresh folder under the system's temporary folder, removed by the caller.
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loa-web-accounts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func anAddedAccountLogsInWithItsPasswordOnlyAfterASaveAndLoad() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("web-users.json").path
        var accounts = WebAccounts()
        // The display name typed decomposed (e + combining marks) is stored in NFC.
        try accounts.add(name: "Lan", displayName: "Nguye\u{302}\u{303}n Thị Lan", role: .officer, password: "mật khẩu dài", cost: 10)
        try WebAccountsStore.save(accounts, to: path)

        let loaded = try WebAccounts.load(from: path)
        let lan = try #require(loaded.verify(user: "lan", password: "mật khẩu dài"))
        #expect(lan == WebAccount(name: "lan", displayName: "Nguyễn Thị Lan", role: .officer))
        #expect(lan.displayName.unicodeScalars.count == "Nguyễn Thị Lan".precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(loaded.verify(user: "lan", password: "mật khẩu sai") == nil)
        #expect(loaded.verify(user: "mai", password: "mật khẩu dài") == nil)
        // The password typed decomposed matches the one typed precomposed.
        #expect(loaded.verify(user: " LAN", password: "ma\u{323}\u{302}t khẩu dài") != nil)
    }

    @Test func theFileHoldsABcryptHashOfCostTenOrMoreNeverThePassword() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("web-users.json").path
        var accounts = WebAccounts()
        try accounts.add(name: "chutich", displayName: "Trần Văn Hùng", role: .approver, password: "duyệt kế hoạch", cost: 10)
        try WebAccountsStore.save(accounts, to: path)

        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("duyệt kế hoạch"))
        #expect(text.contains("\"password_bcrypt\" : \"$2b$10$"))
        #expect(text.contains("Trần Văn Hùng"))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
    }

    @Test func rolesGrantEditingAndApprovingAsTheIssueSays() {
        #expect(!WebRole.viewer.canEdit && !WebRole.viewer.canApprove)
        #expect(WebRole.officer.canEdit && !WebRole.officer.canApprove)
        #expect(WebRole.approver.canEdit && WebRole.approver.canApprove)
    }

    @Test func passwordChangeAndRemovalTakeEffect() throws {
        var accounts = WebAccounts()
        try accounts.add(name: "lan", displayName: "Nguyễn Thị Lan", role: .officer, password: "mật khẩu cũ 1", cost: 10)
        try accounts.setPassword(of: "lan", to: "mật khẩu mới 2", cost: 10)
        #expect(accounts.verify(user: "lan", password: "mật khẩu cũ 1") == nil)
        #expect(accounts.verify(user: "lan", password: "mật khẩu mới 2")?.name == "lan")
        try accounts.remove("lan")
        #expect(accounts.isEmpty)
        #expect(throws: WebAccountsError.self) { try accounts.remove("lan") }
    }

    @Test(arguments: [
        ("lan", "ngắn", "shorter than 8"),
        ("nguyễn", "mật khẩu dài", "contains 'ễ'"),
        ("-lan", "mật khẩu dài", "must not begin"),
        ("lan", String(repeating: "ệ", count: 30), "longer than 72 bytes"),
    ])
    func badNamesAndPasswordsAreRefusedWithTheReason(name: String, password: String, reason: String) {
        var accounts = WebAccounts()
        let error = #expect(throws: WebAccountsError.self) {
            try accounts.add(name: name, displayName: "Nguyễn Thị Lan", role: .officer, password: password, cost: 10)
        }
        #expect(error?.description.contains(reason) == true, "\(String(describing: error))")
        #expect(accounts.isEmpty)
    }

    @Test func aSecondAccountWithTheSameNameIsRefused() throws {
        var accounts = WebAccounts()
        try accounts.add(name: "lan", displayName: "Nguyễn Thị Lan", role: .officer, password: "mật khẩu dài", cost: 10)
        let error = #expect(throws: WebAccountsError.self) {
            try accounts.add(name: "LAN", displayName: "Lê Thị Lan", role: .viewer, password: "mật khẩu khác", cost: 10)
        }
        #expect(error?.description.contains("already has an account") == true)
        #expect(accounts.all.count == 1)
    }

    @Test(arguments: [
        (#"{"version": 1, "users": [{"name": "lan", "display_name": "Lan", "role": "admin", "password_bcrypt": "x"}]}"#,
         "users[0].role: 'admin' is not a role"),
        (#"{"version": 1, "users": [{"name": "lan", "display_name": "Lan", "role": "viewer", "password_bcrypt": "plain"}]}"#,
         "users[0].password_bcrypt: not a bcrypt hash"),
        (#"{"version": 1, "users": [{"name": "lan", "role": "viewer", "password_bcrypt": "x"}]}"#,
         "users[0]: 'display_name' is missing"),
        (#"{"version": 2, "users": []}"#, "version: version 2 is not known"),
        ("{", "the whole file: not valid JSON"),
    ])
    func aBrokenFileIsRefusedNamingTheFileAndThePlace(text: String, message: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("web-users.json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: WebAccountsError.self) { try WebAccounts.load(from: path) }
        #expect(error?.description.hasPrefix(path + ": ") == true)
        #expect(error?.description.contains(message) == true, "\(String(describing: error))")
    }

    @Test func aMissingFileSaysHowToMakeTheFirstAccount() {
        let path = "/nonexistent-\(UUID().uuidString)/web-users.json"
        let error = #expect(throws: WebAccountsError.self) { try WebAccounts.load(from: path) }
        #expect(error?.description.contains("loa web user add") == true)
    }

    @Test func theDefaultFileSitsBesideTheConfiguration() {
        #expect(WebAccounts.defaultFile == "/etc/loa/web-users.json")
        #expect(WebAccounts.defaultPath(besideConfig: "/tmp/x/loa.toml") == "/tmp/x/web-users.json")
    }
}
