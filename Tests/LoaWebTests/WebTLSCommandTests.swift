import Foundation
import LoaTestSupport
import Testing

/// `loa web --tls-cert --tls-key`: the real binary serving HTTPS with a self-signed certificate made by
/// openssl, and refusing at start a pair it cannot use, naming the file and the fix.
@Suite struct WebTLSCommandTests {
    /// A self-signed certificate and its key (EC P-256: quick to make), written by the real openssl.
    static func makeCertificate(in folder: String, name: String) async throws -> (cert: String, key: String) {
        let cert = folder + "/\(name).crt", key = folder + "/\(name).key"
        let made = await (try Child("/usr/bin/openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                                                         "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost",
                                                         "-addext", "subjectAltName=IP:127.0.0.1"])).finished()
        guard made.status == 0 else { throw WebStation.StationError("openssl req failed: \(made.stderr)") }
        return (cert, key)
    }

    @Test func servesTheLoginPageOverHTTPSWithSecureCookiesAndRefusesPlainHTTP() async throws {
        let station = try WebStation()
        #expect(try await station.addOfficer() == 0)
        let pair = try await Self.makeCertificate(in: station.folder, name: "loa-web")
        let server = try await station.start(["--tls-cert", pair.cert, "--tls-key", pair.key])
        #expect(server.url.hasPrefix("https://127.0.0.1:"), "\(server.url)")

        let browser = station.browser()
        let page = try await browser.request(server.url + "login")
        #expect(page.status == 200)
        #expect(page.body.contains("Đăng nhập"))
        let loginCookie = try #require(page.headers.setCookie("loa_login"))
        #expect(loginCookie.contains("Secure"), "\(loginCookie)")

        let (answer, _) = try await browser.login(server.url)
        let sessionCookie = try #require(answer.headers.setCookie("loa_session"))
        #expect(sessionCookie.contains("Secure"), "Secure without --secure-cookies: TLS implies it")
        #expect(sessionCookie.contains("HttpOnly"))
        #expect(try await browser.request(server.url + "today").status == 200)

        let plain = try await browser.request(server.url.replacingOccurrences(of: "https://", with: "http://") + "login")
        #expect(plain.curlStatus != 0, "plain HTTP to the HTTPS port gets no page")
        #expect(!plain.body.contains("Đăng nhập"))

        let ended = await server.stop()
        #expect(ended.exited && ended.status == 0, "SIGTERM ends loa web cleanly: \(ended.stderr)")
    }

    @Test func withoutACertificateItStaysPlainHTTPWithoutSecureCookies() async throws {
        let station = try WebStation()
        #expect(try await station.addOfficer() == 0)
        let server = try await station.start()
        #expect(server.url.hasPrefix("http://127.0.0.1:"))
        let page = try await station.browser().request(server.url + "login")
        #expect(page.body.contains("Đăng nhập"))
        #expect(page.headers.setCookie("loa_login")?.contains("Secure") == false)
        _ = await server.stop()
    }

    @Test func aMissingKeyAMismatchedPairGarbageOrOneFileAloneIsRefusedNamingTheFile() async throws {
        let station = try WebStation()
        #expect(try await station.addOfficer() == 0)
        let one = try await Self.makeCertificate(in: station.folder, name: "one")
        let other = try await Self.makeCertificate(in: station.folder, name: "other")
        let garbage = station.folder + "/garbage.pem"
        try Data("-----BEGIN CERTIFICATE-----\nkhông phải chứng chỉ\n-----END CERTIFICATE-----\n".utf8).write(to: URL(fileURLWithPath: garbage))
        let missing = station.folder + "/tls/không-có.key"

        func refused(_ tls: [String], lang: String = "en") async throws -> ProcessResult {
            let result = await (try Child(Paths.loa, ["web"] + station.common + tls + ["--lang", lang])).finished()
            #expect(result.exited, "refused, not crashed: \(result.stderr)")
            #expect(result.status != 0)
            #expect(!result.stdout.contains("://127.0.0.1"), "it never listened")
            return result
        }

        let noKey = try await refused(["--tls-cert", one.cert, "--tls-key", missing])
        #expect(noKey.stderr.contains(missing) && noKey.stderr.contains("does not exist"), "\(noKey.stderr)")
        #expect(noKey.stderr.contains("--tls-key"))

        let mismatched = try await refused(["--tls-cert", one.cert, "--tls-key", other.key])
        #expect(mismatched.stderr.contains(other.key) && mismatched.stderr.contains("is not the key of the certificate \(one.cert)"),
                "\(mismatched.stderr)")

        let badCert = try await refused(["--tls-cert", garbage, "--tls-key", one.key])
        #expect(badCert.stderr.contains(garbage) && badCert.stderr.contains("is not a PEM certificate"), "\(badCert.stderr)")

        let badKey = try await refused(["--tls-cert", one.cert, "--tls-key", garbage])
        #expect(badKey.stderr.contains(garbage) && badKey.stderr.contains("is not a PEM private key"), "\(badKey.stderr)")

        let swapped = try await refused(["--tls-cert", one.key, "--tls-key", one.cert])
        #expect(swapped.stderr.contains("swapped"), "\(swapped.stderr)")

        let alone = try await refused(["--tls-cert", one.cert])
        #expect(alone.stderr.contains("--tls-key"), "\(alone.stderr)")

        let vietnamese = try await refused(["--tls-cert", one.cert, "--tls-key", other.key], lang: "vi")
        #expect(vietnamese.stderr.contains("không phải khóa của chứng chỉ \(one.cert)"), "\(vietnamese.stderr)")
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file"))
    func anUnreadableKeyIsRefusedWithTheWayToGiveItToLoaWeb() async throws {
        let station = try WebStation()
        #expect(try await station.addOfficer() == 0)
        let pair = try await Self.makeCertificate(in: station.folder, name: "loa-web")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: pair.key)
        let result = await (try Child(Paths.loa, ["web"] + station.common + ["--tls-cert", pair.cert, "--tls-key", pair.key])).finished()
        #expect(result.exited && result.status == 1)
        #expect(result.stderr.contains(pair.key) && result.stderr.contains("LoadCredential="), "\(result.stderr)")
    }
}
