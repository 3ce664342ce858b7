import Foundation
import Hummingbird
import Mustache

/// Pages from the mustache templates in Templates/: each page's template renders the content, which
/// `layout.mustache` wraps with the menu, the language switch and the logout form.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    enum LoadError: Error, CustomStringConvertible {
        case noTemplates
        var description: String {
            "the web console's templates are not installed (looked in \(WebResources.roots.joined(separator: ", "))); run scripts/install again, or set LOA_WEB_RESOURCES"
        }
    }

    static func load() async throws -> PageRenderer {
        guard let folder = WebResources.folder("Templates") else { throw LoadError.noTemplates }
        return PageRenderer(library: try await MustacheLibrary(directory: folder))
    }

    static let menu: [(path: String, key: String)] = [
        ("/today", "nav_today"), ("/plan", "nav_plan"), ("/campaigns", "nav_campaigns"),
        ("/urgent", "nav_urgent"), ("/logbook", "nav_logbook"), ("/report", "nav_report"),
    ]

    func page(_ template: String, active: String, data: [String: Any], context: WebContext,
              status: HTTPResponse.Status = .ok) -> Response {
        var values = common(context)
        merge(data, into: &values)
        let content = library.render(values, withTemplate: template) ?? ""
        values["content"] = content
        values["title"] = WebText.get(PageRenderer.menu.first { $0.path == active }?.key ?? "app", context.lang)
        values["nav"] = PageRenderer.menu.map { item -> [String: Any] in
            ["href": item.path, "label": WebText.get(item.key, context.lang), "active": item.path == active]
        }
        return html(library.render(values, withTemplate: "layout") ?? content, status: status)
    }

    /// A template alone, without the layout: the live part a page refreshes.
    func fragment(_ template: String, data: [String: Any], context: WebContext) -> Response {
        var values = common(context)
        merge(data, into: &values)
        return html(library.render(values, withTemplate: template) ?? "")
    }

    /// A short page with one sentence: a refusal, an error.
    func message(status: HTTPResponse.Status, text: String, context: WebContext) -> Response {
        page("message", active: "", data: ["message": text], context: context, status: status)
    }

    /// Adds `has_KEY` for every non-empty list, so a template can leave out a section's heading when
    /// there is nothing under it.
    private func merge(_ data: [String: Any], into values: inout [String: Any]) {
        for (k, v) in data {
            guard let v = Self.cleaned(v) else { continue }
            values[k] = v
            if let list = v as? [Any] { values["has_" + k] = !list.isEmpty }
        }
    }

    /// Empty texts left out, at every depth: mustache counts "" as true, and `{{#reason}}` must not
    /// open a section for a reason that is not there.
    static func cleaned(_ value: Any) -> Any? {
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let dictionary as [String: Any]:
            var out: [String: Any] = [:]
            for (k, v) in dictionary { if let c = cleaned(v) { out[k] = c } }
            return out
        case let list as [[String: Any]]: return list.map { cleaned($0) ?? [String: Any]() }
        default: return value
        }
    }

    private func common(_ context: WebContext) -> [String: Any] {
        var values: [String: Any] = ["t": WebText.table(context.lang), "lang": context.lang.rawValue,
                                     "otherLang": context.lang == .vi ? "en" : "vi"]
        if let session = context.session {
            values["user"] = session.user.displayName
            values["role"] = WebText.get("role_" + session.user.role.rawValue, context.lang)
            values["csrf"] = session.csrf
            values["canEdit"] = session.user.role.canEdit
            values["canApprove"] = session.user.role.canApprove
        }
        return values
    }

    func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// The templates and assets, found without `Bundle.module` (whose accessor stops the process when the
/// bundle is not where the build left it): `$LOA_WEB_RESOURCES`; the bundle beside the executable (the
/// build folder, tests); `../share/loa/web` beside it (scripts/install puts /usr/local/share/loa/web);
/// /usr/share/loa/web (a package).
enum WebResources {
    static let roots: [String] = {
        var roots: [String] = []
        if let env = ProcessInfo.processInfo.environment["LOA_WEB_RESOURCES"], !env.isEmpty { roots.append(env) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folders = [Bundle.main.bundleURL.path, executable.deletingLastPathComponent().path]
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append((exe as NSString).deletingLastPathComponent)
        }
        for folder in folders {
            roots.append(folder + "/loa_LoaWeb.resources")
            roots.append((folder as NSString).deletingLastPathComponent + "/share/loa/web")
        }
        roots.append("/usr/share/loa/web")
        return roots
    }()

    static func folder(_ name: String) -> String? {
        for root in roots {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isFolder), isFolder.boolValue { return root + "/" + name }
        }
        return nil
    }
}
