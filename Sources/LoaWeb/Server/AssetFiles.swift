import Foundation
import Hummingbird

/// The console's CSS and JavaScript, served by loa itself (the station's PC may have no internet). Read
/// once at start; only the names in the folder are served, so no path from a request reaches the disk.
struct AssetFiles: Sendable {
    private let files: [String: (type: String, bytes: [UInt8])]

    init() {
        var files: [String: (String, [UInt8])] = [:]
        if let folder = WebResources.folder("Assets") {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
                let type = name.hasSuffix(".css") ? "text/css; charset=utf-8"
                    : name.hasSuffix(".js") ? "text/javascript; charset=utf-8"
                    : name.hasSuffix(".svg") ? "image/svg+xml" : "application/octet-stream"
                files[name] = (type, Array(data))
            }
        }
        self.files = files
    }

    func response(_ name: String) -> Response {
        guard let file = files[name] else { return Response(status: .notFound) }
        var headers: HTTPFields = [.contentType: file.type]
        headers[.cacheControl] = "max-age=300"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }
}
