import Foundation
import LoaCore
import NIOSSL
#if canImport(Glibc)
import Glibc
#endif

/// HTTPS inside `loa web`: the certificate and key named by `--tls-cert` / `--tls-key` (PEM), read and
/// checked once at start, so that a wrong path, an unreadable file, a file in the wrong format or a key
/// that is not the certificate's stops `loa web` with the file and the fix, before it listens.
/// Read at start only: a renewed certificate takes effect at the next restart (sessions survive it).
public struct WebTLS: Sendable {
    let configuration: TLSConfiguration
    /// When the first certificate of the chain stops being valid, for a warning at start.
    public let notValidAfter: Date

    /// Reads and checks both files; the error says which file is wrong and how to fix it.
    public static func load(certificate certPath: String, key keyPath: String) throws(WebTLSError) -> WebTLS {
        let certBytes = try read(certPath, what: .certificate)
        let keyBytes = try read(keyPath, what: .key)
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMBytes(certBytes)
        } catch {
            throw .notPEM(certPath, what: .certificate, looksLikeKey: contains(certBytes, "PRIVATE KEY"))
        }
        guard let leaf = chain.first else { throw .notPEM(certPath, what: .certificate, looksLikeKey: false) }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(bytes: keyBytes, format: .pem)
        } catch {
            if contains(keyBytes, "ENCRYPTED") { throw .keyHasPassphrase(keyPath) }
            throw .notPEM(keyPath, what: .key, looksLikeKey: false)
        }
        let configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) },
                                                                     privateKey: .privateKey(key))
        // BoringSSL compares the key with the certificate when both are given to a context: building one
        // now is the check, rather than a failed handshake on the officer's phone later.
        do {
            _ = try NIOSSLContext(configuration: configuration)
        } catch {
            throw .keyDoesNotMatch(certPath, keyPath)
        }
        return WebTLS(configuration: configuration, notValidAfter: Date(timeIntervalSince1970: TimeInterval(leaf.notValidAfter)))
    }

    private static func read(_ path: String, what: WebTLSError.File) throws(WebTLSError) -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missing(path, what: what) }
        guard !isFolder.boolValue else { throw .notPEM(path, what: what, looksLikeKey: false) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path, what: what) }
        return Array(data)
    }

    private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        String(decoding: bytes, as: UTF8.self).contains(text)
    }
}

/// Why the certificate or key was refused: each names the file and the fix, in English and Vietnamese.
public enum WebTLSError: Error, Sendable, Equatable {
    public enum File: Sendable, Equatable {
        case certificate, key
    }

    case missing(String, what: File)
    case unreadable(String, what: File)
    case notPEM(String, what: File, looksLikeKey: Bool)
    case keyHasPassphrase(String)
    case keyDoesNotMatch(String, String)
    case onlyOne(given: File)

    public var text: LocalizedText {
        switch self {
        case .missing(let path, let what):
            return LocalizedText(en: "\(what.en) \(path) does not exist; check the path given to \(what.option) (README: Running loa web, HTTPS).",
                                 vi: "không có \(what.vi) \(path); kiểm tra đường dẫn ghi sau \(what.option) (README: Running loa web, HTTPS).")
        case .unreadable(let path, let what):
            return LocalizedText(en: "\(what.en) \(path) cannot be read by loa web (user \(Self.user)); give it to loa web with LoadCredential= in a drop-in, or make it readable by the user loa web runs as (README: Running loa web, HTTPS).",
                                 vi: "loa web (người dùng \(Self.user)) không đọc được \(what.vi) \(path); trao tệp cho loa web bằng LoadCredential= trong một drop-in, hoặc cho người dùng chạy loa web quyền đọc tệp (README: Running loa web, HTTPS).")
        case .notPEM(let path, .certificate, let looksLikeKey):
            let swapped = looksLikeKey ? " It holds a private key: were --tls-cert and --tls-key swapped?" : ""
            let swappedVi = looksLikeKey ? " Tệp này chứa khóa riêng: có phải đã ghi nhầm --tls-cert và --tls-key cho nhau?" : ""
            return LocalizedText(en: "\(path) is not a PEM certificate (a text file starting with -----BEGIN CERTIFICATE-----).\(swapped) Give --tls-cert the certificate in PEM; a DER file converts with `openssl x509 -inform der -in FILE -out cert.pem`.",
                                 vi: "\(path) không phải chứng chỉ dạng PEM (tệp văn bản bắt đầu bằng -----BEGIN CERTIFICATE-----).\(swappedVi) Ghi sau --tls-cert chứng chỉ dạng PEM; tệp DER đổi được bằng `openssl x509 -inform der -in TỆP -out cert.pem`.")
        case .notPEM(let path, .key, _):
            return LocalizedText(en: "\(path) is not a PEM private key (a text file starting with -----BEGIN PRIVATE KEY-----). Give --tls-key the certificate's private key in PEM; `openssl pkey -in FILE -out key.pem` converts one.",
                                 vi: "\(path) không phải khóa riêng dạng PEM (tệp văn bản bắt đầu bằng -----BEGIN PRIVATE KEY-----). Ghi sau --tls-key khóa riêng của chứng chỉ, dạng PEM; `openssl pkey -in TỆP -out key.pem` đổi được.")
        case .keyHasPassphrase(let path):
            return LocalizedText(en: "the private key \(path) is protected by a passphrase, which loa web cannot type at start; write it without one: `openssl pkey -in \(path) -out key.pem` (then keep key.pem readable by loa web only).",
                                 vi: "khóa riêng \(path) có mật khẩu bảo vệ, loa web không nhập được khi khởi động; ghi lại khóa không mật khẩu: `openssl pkey -in \(path) -out key.pem` (rồi chỉ cho loa web đọc key.pem).")
        case .keyDoesNotMatch(let cert, let key):
            return LocalizedText(en: "the private key \(key) is not the key of the certificate \(cert); give --tls-key the key made with that certificate (compare `openssl x509 -noout -pubkey -in \(cert)` with `openssl pkey -pubout -in \(key)`).",
                                 vi: "khóa riêng \(key) không phải khóa của chứng chỉ \(cert); ghi sau --tls-key đúng khóa được tạo cùng chứng chỉ đó (so `openssl x509 -noout -pubkey -in \(cert)` với `openssl pkey -pubout -in \(key)`).")
        case .onlyOne(let given):
            let missing = given == .certificate ? "--tls-key" : "--tls-cert"
            return LocalizedText(en: "\(given.option) was given without \(missing): HTTPS needs both the certificate (--tls-cert) and its private key (--tls-key); give both, or neither for plain HTTP.",
                                 vi: "có \(given.option) nhưng thiếu \(missing): HTTPS cần cả chứng chỉ (--tls-cert) lẫn khóa riêng của nó (--tls-key); ghi cả hai, hoặc không ghi cái nào để chạy HTTP thường.")
        }
    }

    private static var user: String {
        getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "\(geteuid())"
    }
}

extension WebTLSError.File {
    var option: String { self == .certificate ? "--tls-cert" : "--tls-key" }
    var en: String { self == .certificate ? "the certificate" : "the private key" }
    var vi: String { self == .certificate ? "tệp chứng chỉ" : "tệp khóa riêng" }
}
