import Foundation
import Glibc

/// The emergency folder as `loa announce` and the daemon share it:
/// - `ID.json`: a request waiting (the only names the daemon takes, with dropped audio files);
/// - `.audio/`: the audio copies requests name;
/// - `.done/`: requests and dropped files once taken (renamed there: a request is taken exactly once, and a
///   caller's withdrawal, which removes `ID.json`, either wins that race or finds it taken);
/// - `.receipts/ID.json`: what became of a request (accepted, on air, aired, …), for the caller to read;
/// - `.withdrawn/ID`: a request the caller gave up on after it was taken; the daemon does not air it.
/// Hidden names (a leading dot) are never taken as requests, so temporary files are safe there.
public struct RequestFolder: Sendable, Hashable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public var audioFolder: String { path + "/.audio" }
    public var doneFolder: String { path + "/.done" }
    var receiptsFolder: String { path + "/.receipts" }
    var withdrawnFolder: String { path + "/.withdrawn" }

    public func request(_ id: String) -> String { path + "/\(id).json" }
    public func receiptPath(_ id: String) -> String { receiptsFolder + "/\(id).json" }
    func withdrawnMark(_ id: String) -> String { withdrawnFolder + "/\(id)" }

    /// Creates the folder and its parts: group-writable and setgid (2770), so members of the folder's
    /// group (`loa`) can hand requests in and read what became of them.
    public func prepare() throws(SharedFile.Failure) {
        try SharedFile.makeFolder(path, mode: 0o2770)
        for sub in [audioFolder, doneFolder, receiptsFolder, withdrawnFolder] { try SharedFile.makeFolder(sub, mode: 0o2770) }
    }

    public func writeReceipt(_ id: String, _ receipt: Receipt) {
        guard let data = try? JSONEncoder().encode(receipt) else { return }
        try? SharedFile.write(data, to: receiptPath(id))
    }

    public func receipt(_ id: String) -> Receipt? {
        guard let data = FileManager.default.contents(atPath: receiptPath(id)) else { return nil }
        return try? JSONDecoder().decode(Receipt.self, from: data)
    }

    /// Takes back a request: true if it was still waiting in the folder (so the daemon never saw it).
    public func removeWaiting(_ id: String) -> Bool {
        unlink(request(id)) == 0
    }

    /// Marks a request taken by the daemon as given up: it will not air if it has not started.
    public func markWithdrawn(_ id: String) {
        try? SharedFile.write(Data(), to: withdrawnMark(id))
    }

    public func isWithdrawn(_ id: String) -> Bool {
        access(withdrawnMark(id), F_OK) == 0
    }
}
