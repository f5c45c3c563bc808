import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What an entry of a site folder is, seen without following a symbolic link, and why
/// a listed entry cannot be read as a site file.
///
/// The rules (docs/writing-briefs.md, "Links, pipes and other odd files"): a symbolic link
/// to a file is read when the file lies inside the site folder, and is an error otherwise;
/// a link to a folder is never followed (an error in `Content/briefs/`, where folders are
/// walked), so no walk can loop; anything that is not a regular file (a pipe, a socket,
/// a device, a folder named like a brief) is an error, never read, so nothing can hang.
enum FileKind: Equatable {
    case regular, directory, symlink, other, missing

    /// The largest file Dossier reads; a brief is text, and memory must stay bounded.
    static let maximumSize = 64 * 1024 * 1024

    init(path: String) { self = Self.entry(at: path).kind }

    /// What is at `path`, and for a regular file, its stamp.
    static func entry(at path: String) -> (kind: FileKind, stamp: FileStamp?) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return (.missing, nil) }
        let kind = FileKind(mode: info.st_mode)
        return (kind, kind == .regular ? FileStamp(info) : nil)
    }

    /// `entry(at:)` for each of `names` in `folder`, each looked up from the open folder
    /// rather than by its whole path again; on both cores for a big folder (a site's
    /// briefs: 10,000 of them took 27 ms on one).
    static func entries(_ names: [String], in folder: String) -> [(kind: FileKind, stamp: FileStamp?)] {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return names.map { entry(at: folder + "/" + $0) } }
        defer { close(fd) }
        return names.parallelMap(if: names.count >= 256) { name in
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return (.missing, nil) }
            let kind = FileKind(mode: info.st_mode)
            return (kind, kind == .regular ? FileStamp(info) : nil)
        }
    }

    private init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symlink
        default: self = .other
        }
    }

    /// Why the entry at `path` cannot be read as a site file, or nil when it can.
    static func problem(at path: String, siteRoot: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "cannot read this file: \(String(cString: strerror(errno)))" }
        if FileKind(mode: info.st_mode) == .symlink {
            guard let resolved = realPath(path), stat(resolved, &info) == 0 else {
                return "this is a symbolic link to something that does not exist"
            }
            let root = realPath(siteRoot) ?? siteRoot
            guard resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
                return "this is a symbolic link to \(resolved), outside the site folder: Dossier reads only files inside it"
            }
            if FileKind(mode: info.st_mode) == .directory {
                return "this is a symbolic link to a folder: linked folders are not followed; link the files one by one, or move the folder here"
            }
        }
        switch FileKind(mode: info.st_mode) {
        case .regular where Int(info.st_size) > maximumSize:
            return "this file is \(Int(info.st_size) / 1024 / 1024) MB: a site file may be at most \(maximumSize / 1024 / 1024) MB"
        case .regular: return nil
        case .directory: return "this is a folder, not a file"
        default: return "this is not a regular file (a pipe, socket or device): Dossier reads only regular files"
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
