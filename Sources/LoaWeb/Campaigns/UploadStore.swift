import Foundation
import Glibc
import Hummingbird
import LoaAudio
import LoaCore

/// Recordings uploaded from the phone. A body is written as it arrives under a random name (nothing from
/// the client names a file), refused as soon as it passes the limit (a 500 MB body is never held in
/// memory or on disk), then decoded to its end as `loa check` decodes: it is accepted because it plays,
/// never because of its extension. The client's name is looked at only to refuse path tricks and to
/// keep a known audio extension on the final file.
struct UploadStore: Sendable {
    let folder: String
    let limitBytes: Int

    struct Staged: Codable, Sendable {
        var ext: String
        var durationMs: Int64
        var originalName: String
        var user: String
    }

    enum Refusal: Error {
        case badName, tooLarge(Int), notAudio(String), empty, cannotStore(String)

        func text(_ lang: WebLanguage) -> String {
            switch self {
            case .badName:
                return lang == .vi ? "Tên tệp không hợp lệ (có dấu / hoặc ..). Hãy đổi tên tệp rồi tải lên lại."
                    : "The file name is not allowed (it has / or ..). Rename the file and upload it again."
            case .tooLarge(let limit):
                return lang == .vi ? "Tệp quá lớn: tối đa \(limit / 1_048_576) MB." : "The file is too large: at most \(limit / 1_048_576) MB."
            case .notAudio(let why):
                return lang == .vi ? "Tệp này không phải âm thanh loa phát được (\(why)). Hãy xuất lại thành MP3 hoặc WAV."
                    : "This file is not audio loa can play (\(why)). Export it again as MP3 or WAV."
            case .empty:
                return lang == .vi ? "Tệp rỗng." : "The file is empty."
            case .cannotStore(let why):
                return lang == .vi ? "Không lưu được tệp: \(why)." : "The file cannot be stored: \(why)."
            }
        }
    }

    static let knownExtensions = ["wav", "mp3", "flac", "ogg", "oga", "opus"]

    /// Refused: a name that tries to leave the folder or hide itself.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.contains("\\") && !name.contains("..") && !name.hasPrefix(".")
            && !name.unicodeScalars.contains { $0.value < 0x20 }
    }

    func receive(_ request: Request, name: String, user: String) async -> Result<(String, Staged), Refusal> {
        guard Self.isSafeName(name) else { return .failure(.badName) }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limitBytes { return .failure(.tooLarge(limitBytes)) }
        sweep(olderThan: 24 * 3600)
        let token = Token.make()
        let path = self.path(token)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        guard fd >= 0 else { return .failure(.cannotStore(String(cString: strerror(errno)))) }
        var total = 0
        do {
            defer { close(fd) }
            for try await chunk in request.body {
                total += chunk.readableBytes
                guard total <= limitBytes else { unlink(path); return .failure(.tooLarge(limitBytes)) }
                let written = chunk.withUnsafeReadableBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
                guard written == chunk.readableBytes else { unlink(path); return .failure(.cannotStore(String(cString: strerror(errno)))) }
            }
        } catch {
            unlink(path)
            return .failure(.cannotStore("\(error)"))
        }
        guard total > 0 else { unlink(path); return .failure(.empty) }
        switch DecodingProbe(cache: LoudnessCache(folder: folder + "/.loudness")).probe(path: path) {
        case .failure(.missing): return .failure(.cannotStore("lost"))
        case .failure(.unreadable(let why)): unlink(path); return .failure(.notAudio(why))
        case .success(let info):
            guard info.frames > 0 else { unlink(path); return .failure(.notAudio("0 frames")) }
            let ext = (name as NSString).pathExtension.lowercased()
            let staged = Staged(ext: Self.knownExtensions.contains(ext) ? ext : Self.extensionOf(format: info.format),
                                durationMs: info.durationMs, originalName: name, user: user)
            guard let data = try? JSONEncoder().encode(staged), FileManager.default.createFile(atPath: path + ".json", contents: data) else {
                unlink(path)
                return .failure(.cannotStore("metadata"))
            }
            return .success((token, staged))
        }
    }

    /// An extension for a file sent without a known one, from what the decoder found in it.
    static func extensionOf(format: String) -> String {
        let f = format.lowercased()
        for (word, ext) in [("wav", "wav"), ("mpeg", "mp3"), ("mp3", "mp3"), ("flac", "flac"), ("ogg", "ogg")] where f.contains(word) {
            return ext
        }
        return "audio"
    }

    /// Uploads whose form was never saved (and their loudness notes) are removed after a day: the folder
    /// cannot fill the disk with abandoned recordings.
    func sweep(olderThan seconds: TimeInterval) {
        let fm = FileManager.default
        let limit = Date().addingTimeInterval(-seconds)
        for dir in [folder, folder + "/.loudness"] {
            for name in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] where name != ".loudness" {
                let path = dir + "/" + name
                if let modified = (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date, modified < limit {
                    unlink(path)
                }
            }
        }
    }

    func staged(_ token: String) -> Staged? {
        guard Token.isWellFormed(token), let data = FileManager.default.contents(atPath: path(token) + ".json") else { return nil }
        return try? JSONDecoder().decode(Staged.self, from: data)
    }

    func path(_ token: String) -> String { folder + "/" + token }

    /// Copies an upload to `destinationFolder/base.ext` (a new name, never replacing a file) and returns the name used.
    func place(_ token: String, in destinationFolder: String, base: String) throws -> String {
        guard let staged = staged(token) else { throw Refusal.cannotStore("upload not found") }
        try FileManager.default.createDirectory(atPath: destinationFolder, withIntermediateDirectories: true)
        var name = "\(base).\(staged.ext)"
        var n = 2
        while FileManager.default.fileExists(atPath: destinationFolder + "/" + name) {
            name = "\(base)-\(n).\(staged.ext)"
            n += 1
        }
        try FileManager.default.copyItem(atPath: path(token), toPath: destinationFolder + "/" + name)
        return name
    }
}
