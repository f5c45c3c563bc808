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

/// The stamps of many files below one folder, each looked up from the open folder of
/// its first component (`briefs/x/index.html` from `briefs`): through its whole path,
/// each `stat` of a rebuild's 20,000 pages walked the output's own path and the
/// section's again, and those lookups (`__d_lookup_rcu`) were a third of the samples of
/// the core that checked the pages while the other read the parses back.
final class FileStamps: Sendable {
    private let base: String
    private let baseFD: CInt
    /// The open first folders of the paths, by name.
    private let sections: [String: CInt]

    /// For the files at `paths`, relative to `base`.
    init(below base: String, for paths: some Sequence<String>) {
        self.base = base
        baseFD = open(base, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        var names = Set<String>()
        for path in paths {
            if let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) { names.insert(String(path[..<slash])) }
        }
        var sections: [String: CInt] = [:]
        if baseFD >= 0 {
            for name in names {
                let fd = openat(baseFD, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if fd >= 0 { sections[name] = fd }
            }
        }
        self.sections = sections
    }

    deinit {
        for fd in sections.values { close(fd) }
        if baseFD >= 0 { close(baseFD) }
    }

    /// `stat` of the file at `path` (relative to the base, links followed), or nil when
    /// there is nothing there.
    func stamp(of path: String) -> FileStamp? {
        var info = stat()
        let found: CInt
        if let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")), let fd = sections[String(path[..<slash])] {
            let rest = path.utf8.distance(from: path.utf8.startIndex, to: slash) + 1
            found = path.withCString { fstatat(fd, $0 + rest, &info, 0) }
        } else if baseFD >= 0 {
            found = fstatat(baseFD, path, &info, 0)
        } else {
            found = stat(base + "/" + path, &info)
        }
        return found == 0 ? FileStamp(info) : nil
    }
}
