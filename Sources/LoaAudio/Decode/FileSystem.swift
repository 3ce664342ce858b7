import Foundation

enum FileSystem {
    static func exists(_ path: String, isFolder: inout Bool) -> Bool {
        var folder: ObjCBool = false
        let found = FileManager.default.fileExists(atPath: path, isDirectory: &folder)
        isFolder = folder.boolValue
        return found
    }
}
