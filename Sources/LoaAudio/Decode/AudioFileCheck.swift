import Foundation

/// What can be told of an audio file before a decoder opens it: that it is there, is a regular file, can
/// be read and is not empty. libsndfile's own words for these cases mislead (a 0-byte MP3 is "File does
/// not exist or is not a regular file (possibly a pipe?)") and a pipe would block its open, so every
/// path into libsndfile asks here first.
enum AudioFileCheck {
    static func check(_ path: String) throws(AudioFileError) {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                // A link whose target is gone is there, but points nowhere: say so rather than "does not exist".
                var link = stat()
                if lstat(path, &link) == 0 { throw .unreadable(path: path, detail: "it is a link to a file that is not there") }
                throw .missing(path: path)
            }
            throw .unreadable(path: path, detail: String(cString: strerror(code)))
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadable(path: path, detail: "it is a folder")
        default: throw .unreadable(path: path, detail: "it is not a regular file (a pipe or a device)")
        }
        if access(path, R_OK) != 0 { throw .unreadable(path: path, detail: String(cString: strerror(errno))) }
        if st.st_size == 0 { throw .empty(path: path) }
    }
}
