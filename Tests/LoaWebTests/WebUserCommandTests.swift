import Foundation
import LoaTestSupport
import Testing
@testable import LoaWeb

/// `loa web user …` through the real binary, on a users file in a temporary folder.
@Suite struct WebUserCommandTests {
    private let folder: URL
    private var usersFile: String { folder.appendingPathComponent("web-users.json").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("loa-web-user-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// `loa web user ARGUMENTS --users FILE` with `input` as its standard input (a file, as a script pipes it).
    private func loaWebUser(_ arguments: [String], input: String = "") throws -> ProcessResult {
        let inputFile = folder.appendingPathComponent("stdin-\(UUID().uuidString)").path
        try input.write(toFile: inputFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: inputFile) }
        return try run("/bin/sh", ["-c", #"exec "$@" < "$0""#, inputFile, Paths.loa, "web", "user"] + arguments + ["--users", usersFile])
    }

    @Test func addListPasswdRemoveWorkOnTheUsersFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let add = try loaWebUser(["add", "lan", "--role", "officer", "--display-name", "Nguyễn Thị Lan"], input: "mật khẩu của Lan\n")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("Added lan (Nguyễn Thị Lan), officer"))
        let addApprover = try loaWebUser(["add", "chutich", "--role", "approver", "--display-name", "Trần Văn Hùng"], input: "phê duyệt 2026\n")
        #expect(addApprover.status == 0, "\(addApprover.stderr)")

        let list = try loaWebUser(["list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("lan      officer   Nguyễn Thị Lan"))
        #expect(list.stdout.contains("chutich  approver  Trần Văn Hùng"))
        #expect(!list.stdout.contains("$2b$"))

        var accounts = try WebAccounts.load(from: usersFile)
        #expect(accounts.verify(user: "lan", password: "mật khẩu của Lan")?.role == .officer)

        let passwd = try loaWebUser(["passwd", "lan"], input: "mật khẩu mới nhé\n")
        #expect(passwd.status == 0, "\(passwd.stderr)")
        accounts = try WebAccounts.load(from: usersFile)
        #expect(accounts.verify(user: "lan", password: "mật khẩu của Lan") == nil)
        #expect(accounts.verify(user: "lan", password: "mật khẩu mới nhé")?.displayName == "Nguyễn Thị Lan")

        let remove = try loaWebUser(["remove", "lan"])
        #expect(remove.status == 0, "\(remove.stderr)")
        accounts = try WebAccounts.load(from: usersFile)
        #expect(accounts.all.map(\.name) == ["chutich"])
        let attributes = try FileManager.default.attributesOfItem(atPath: usersFile)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
    }

    @Test func refusalsSayWhyAndChangeNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try loaWebUser(["add", "lan", "--role", "officer"], input: "mật khẩu của Lan\n").status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: usersFile))

        let taken = try loaWebUser(["add", "LAN", "--role", "viewer"], input: "mật khẩu khác\n")
        #expect(taken.status == 1)
        #expect(taken.stderr.contains("'lan' already has an account"))

        let short = try loaWebUser(["add", "mai", "--role", "viewer"], input: "ngắn\n")
        #expect(short.status == 1)
        #expect(short.stderr.contains("shorter than 8 characters"))

        let noPassword = try loaWebUser(["add", "mai", "--role", "viewer"])
        #expect(noPassword.status == 1)
        #expect(noPassword.stderr.contains("no password on standard input"))

        let badRole = try loaWebUser(["add", "mai", "--role", "admin"], input: "mật khẩu dài\n")
        #expect(badRole.status != 0)
        #expect(badRole.stderr.contains("admin"))

        let unknown = try loaWebUser(["passwd", "mai"], input: "mật khẩu dài\n")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no account named 'mai'; the accounts are: lan."))

        #expect(try Data(contentsOf: URL(fileURLWithPath: usersFile)) == before)
    }

    @Test func aMissingUsersFileIsNamedWithTheFix() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = try loaWebUser(["list"])
        #expect(list.status == 1)
        #expect(list.stderr.contains("\(usersFile): no users file; create the first account with `loa web user add"))
    }
}
