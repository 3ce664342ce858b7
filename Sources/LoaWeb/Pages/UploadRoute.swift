import HTTPTypes
import Foundation
import Hummingbird
import LoaCore

/// POST /upload: the raw recording as the body (the page's script sends the file itself, so no
/// multipart parser is needed), its name in `X-File-Name` (percent-encoded), the CSRF token in
/// `X-CSRF-Token`. Answers JSON: the upload's token and length, or why it was refused.
struct UploadRoute {
    let uploads: UploadStore
    static let nameHeader = HTTPField.Name("X-File-Name")!

    func receive(_ request: Request, _ context: WebContext) async -> Response {
        let raw = request.headers[Self.nameHeader] ?? ""
        let name = (raw.removingPercentEncoding ?? raw).precomposedStringWithCanonicalMapping
        let user = context.session?.user.name ?? "?"
        switch await uploads.receive(request, name: name, user: user) {
        case .success(let (token, staged)):
            return json(.ok, ["token": token, "name": staged.originalName, "length": ConfigDuration.clock(milliseconds: staged.durationMs),
                              "lengthMs": "\(staged.durationMs)"])
        case .failure(let refusal):
            let status: HTTPResponse.Status = switch refusal {
            case .tooLarge: .contentTooLarge
            case .badName: .badRequest
            case .notAudio, .empty: .unprocessableContent
            case .cannotStore: .internalServerError
            }
            return json(status, ["error": refusal.text(context.lang)])
        }
    }

    func json(_ status: HTTPResponse.Status, _ values: [String: String]) -> Response {
        let data = (try? JSONEncoder().encode(values)) ?? Data("{}".utf8)
        var response = Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        // The client may still be sending a refused body: close rather than read it to its end.
        if status != .ok { response.headers[.connection] = "close" }
        return response
    }
}
