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
enum FileTreeListing {
    static func files(in folder: String) -> [String] {
        var found: [String] = []
        walk(folder, prefix: "", into: &found)
        return found.sorted { $0.bytewisePrecedes($1) }
    }

    private static func walk(_ folder: String, prefix: String, into found: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): walk(folder + "/" + name, prefix: relative, into: &found)
            case Int32(DT_REG): found.append(relative)
            default: break
            }
        }
    }
}
