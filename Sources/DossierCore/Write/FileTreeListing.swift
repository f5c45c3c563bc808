#if canImport(Glibc)
import Glibc
#endif

/// What a file looks like from outside: enough to notice that it changed.
struct FileStamp: Sendable, Hashable {
    var size: Int
    var modified: Int
    var inode: UInt64

    /// `stat` of a path, or nil when there is nothing there.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    init(size: Int, modified: Int, inode: UInt64) {
        (self.size, self.modified, self.inode) = (size, modified, inode)
    }

    init(_ info: stat) {
        let nanos = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        self.init(size: Int(info.st_size), modified: nanos, inode: UInt64(info.st_ino))
    }
}

/// The regular files below a folder, relative to it, sorted; links are not followed.
/// Every folder is read: `OutputListing` with no record to go by.
enum FileTreeListing {
    static func files(in folder: String) -> [String] {
        OutputListing(of: folder, recordedFolders: [:], recordedFiles: []).files
    }
}
