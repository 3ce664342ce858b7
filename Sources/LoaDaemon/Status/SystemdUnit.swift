import Foundation

/// The systemd unit this process runs in, if systemd started it (it sets INVOCATION_ID): the last
/// `.service` name of its cgroup, such as `loa.service`.
enum SystemdUnit {
    static let current: String? = {
        guard ProcessInfo.processInfo.environment["INVOCATION_ID"] != nil,
              let cgroup = try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8) else { return nil }
        let names = cgroup.split(whereSeparator: { $0 == "/" || $0 == "\n" || $0 == ":" }).map(String.init)
        return names.last { $0.hasSuffix(".service") }
    }()
}
