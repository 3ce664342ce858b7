import Foundation

/// Drop-ins written by `loa web` that wait for an approver: `announcements.d/pending/NAME.toml`.
///
/// The loader reads only `announcements.d/*.toml`, so a file in `pending/` never airs; approving it in
/// the page adds `approved_by` and moves it up into `announcements.d/`. A folder rather than a key inside
/// the file: a person reading `announcements.d/` sees at once what airs and what waits, and no loader,
/// planner or daemon code has to learn to skip a flagged campaign.
public enum PendingApproval {
    public static let folderName = "pending"

    /// `announcements.d/pending` beside the main file.
    public static func folder(mainFile: String) -> String {
        let folder = (mainFile as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + ConfigLoader.dropInFolderName + "/" + folderName
    }

    /// The waiting files' names (`x.toml`), sorted.
    public static func names(mainFile: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder(mainFile: mainFile))) ?? [])
            .filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }
            .sorted()
    }

    /// One line per waiting file, for `loa check` and `loa plan`; empty when none waits.
    public static func lines(mainFile: String) -> [String] {
        names(mainFile: mainFile).map {
            "\(ConfigLoader.dropInFolderName)/\(folderName)/\($0): chờ phê duyệt / waiting for approval — "
                + "not aired until an approver approves it in loa web."
        }
    }
}
