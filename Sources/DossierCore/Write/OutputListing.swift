import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The regular files in an output folder, listed with the help of the last build's
/// record. A folder whose stamp (mtime and inode) is the one recorded still holds the
/// files recorded in it: adding, removing or renaming an entry changes its folder's
/// mtime. Only the other folders are read. At 10,000 briefs the output has 20,000
/// folders: reading each was 100,000 system calls, a stat of each is 20,000.
///
/// A stamp is trusted only when it was taken a while after the folder last changed
/// (`settle`): a file system keeps mtimes to a clock tick, and an entry added within
/// the tick in which a stamp was taken would leave it as it was. On a file system not
/// known to keep fine-grained times no stamp is trusted, and every folder is read.
struct OutputListing: Sendable {
    /// Regular files, relative to the output, sorted by their bytes.
    var files: [String] = []
    /// Every folder seen ("" for the output itself) with its stamp, or nil when the
    /// stamp cannot be trusted next time.
    var folders: [String: FolderStamp?] = [:]

    init() {}

    /// Lists `base`, reading only the folders whose stamp differs from the one in
    /// `recorded` (folder → stamp, nil for untrusted), whose files are `recordedFiles`
    /// (sorted by their bytes, as the record keeps them).
    init(of base: String, recordedFolders: [String: FolderStamp?], recordedFiles: [String]) {
        var known = Known()
        known.trusted.reserveCapacity(recordedFolders.count)
        folders.reserveCapacity(recordedFolders.count)
        for folder in recordedFolders.keys where !folder.isEmpty {
            known.children[PageWriter.parent(of: folder), default: []].append(folder)
        }
        let settle = Self.settle(for: base)
        visit("", named: base, in: AT_FDCWD, recorded: recordedFolders, known: &known, settle: settle)
        // The files of the folders read, sorted, merged with those of the trusted
        // folders, which come sorted: sorting all 20,000 again took 15 ms.
        files.sort { $0.bytewisePrecedes($1) }
        let kept = recordedFiles.filter { known.trusted.contains(PageWriter.parent(of: $0)) }
        files = Self.merged(kept, files)
    }

    /// The last build's subfolders of each folder, and the folders found as it left them.
    private struct Known {
        var children: [String: [String]] = [:]
        var trusted: Set<String> = []
    }

    /// Two lists sorted by their bytes as one; sorted again should `a` not be.
    static func merged(_ a: [String], _ b: [String]) -> [String] {
        guard zip(a, a.dropFirst()).allSatisfy({ $0.bytewisePrecedes($1) }) else {
            return (a + b).sorted { $0.bytewisePrecedes($1) }
        }
        var result: [String] = []
        result.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if b[j].bytewisePrecedes(a[i]) { result.append(b[j]); j += 1 } else { result.append(a[i]); i += 1 }
        }
        result += a[i...]
        result += b[j...]
        return result
    }

    /// Visits `folder` (relative to the output), which is `name` in the folder open at
    /// `parent`. Each folder is looked up from its parent, open while its children are
    /// visited, not by its whole path: 20,000 stats walked the output's path again each.
    /// A folder is opened only when it is read or has subfolders to visit.
    private mutating func visit(_ folder: String, named name: String, in parent: CInt,
                                recorded: [String: FolderStamp?], known: inout Known, settle: Int?) {
        var info = stat()
        if case let stamp?? = recorded[folder], fstatat(parent, name, &info, 0) == 0, FolderStamp(info) == stamp {
            folders[folder] = stamp
            known.trusted.insert(folder)
            let children = known.children[folder] ?? []
            guard !children.isEmpty else { return }
            // Only to look its subfolders up from: no need to be allowed to read it.
            let fd = openat(parent, name, openPathOnly | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { return }
            defer { close(fd) }
            for child in children {
                visit(child, named: Self.name(of: child, in: folder), in: fd, recorded: recorded, known: &known, settle: settle)
            }
            return
        }
        let fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        guard let (stamp, children) = read(fd, prefix: folder, settle: settle) else { return }
        folders[folder] = .some(stamp)
        for child in children {
            visit(child, named: Self.name(of: child, in: folder), in: fd, recorded: recorded, known: &known, settle: settle)
        }
    }

    /// The last component of `child`, a path in `folder`.
    private static func name(of child: String, in folder: String) -> String {
        folder.isEmpty ? child : String(child.utf8.dropFirst(folder.utf8.count + 1))!
    }

    /// Reads the folder open at `fd` (left open): adds its regular files, returns its
    /// stamp (nil when it cannot be trusted) and its subfolders.
    private mutating func read(_ fd: CInt, prefix: String, settle: Int?) -> (FolderStamp?, [String])? {
        var info = stat()
        let copy = dup(fd)
        guard copy >= 0 else { return nil }
        guard fstat(fd, &info) == 0, let directory = fdopendir(copy) else {
            close(copy)
            return nil
        }
        defer { closedir(directory) }
        let stamp = Self.trusted(info, settle: settle)
        var children: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): children.append(relative)
            case Int32(DT_REG): files.append(relative)
            default: break
            }
        }
        return (stamp, children)
    }

    /// The stamps of `folders` of `base` (those of a freshly written output), each nil
    /// when it cannot be trusted.
    static func stamps(of folders: Set<String>, in base: String) -> [String: FolderStamp?] {
        let settle = settle(for: base)
        let list = Array(folders)
        let stamps = list.parallelMap { folder -> FolderStamp? in
            var info = stat()
            guard stat(folder.isEmpty ? base : base + "/" + folder, &info) == 0 else { return nil }
            return trusted(info, settle: settle)
        }
        var result: [String: FolderStamp?] = [:]
        for (folder, stamp) in zip(list, stamps) { result[folder] = .some(stamp) }
        return result
    }

    /// The folders that hold `paths`, up to the output itself ("").
    static func folders(holding paths: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = [""]
        for path in paths {
            var parent = PageWriter.parent(of: path)
            while !parent.isEmpty, folders.insert(parent).inserted { parent = PageWriter.parent(of: parent) }
        }
        return folders
    }

    /// The stamp, if the folder last changed at least `settle` nanoseconds before now.
    private static func trusted(_ info: stat, settle: Int?) -> FolderStamp? {
        guard let settle else { return nil }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        guard modified <= Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec) - settle else { return nil }
        return FolderStamp(info)
    }

    /// How long after a folder's last change its stamp can be trusted: 50 ms on the
    /// local file systems that keep times in nanoseconds (a clock tick is at most 10 ms),
    /// nil (never) on any other, or when the file system cannot be told.
    static func settle(for path: String) -> Int? {
        guard let type = fileSystemType(of: path) else { return nil }
        return ["ext4", "xfs", "btrfs", "tmpfs", "overlay", "f2fs", "zfs"].contains(type) ? 50_000_000 : nil
    }

    /// The type of the file system `path` is on, from the mount table: that of the
    /// longest mount point it lies under.
    static func fileSystemType(of path: String) -> String? {
        guard let table = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return nil }
        var best: (point: String, type: String)?
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            // Spaces and such in a mount point are written as octal escapes ("\040").
            let point = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
            let under = point == "/" || path == point || path.hasPrefix(point + "/")
            if under, point.count >= (best?.point.count ?? 0) { best = (point, String(fields[2])) }
        }
        return best?.type
    }
}

/// `O_PATH` (the same on every Linux architecture), which Glibc's Swift module leaves out.
private let openPathOnly: CInt = 0o10_000_000

/// A folder's modification time (nanoseconds) and inode: 16 bytes, not a text, since a
/// big output has 100,000 folders and their stamps are held twice during a rebuild.
struct FolderStamp: Hashable, Sendable {
    let modified: Int
    let inode: UInt64

    init(_ info: stat) {
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    /// As the record writes it: `mtime:inode`; `-`, which is no stamp, for a time before
    /// 1970 (the folder is then read again).
    func append(to out: ByteBuffer) {
        guard modified >= 0 else { return out.append(UInt8(ascii: "-")) }
        out.append(decimal: UInt64(modified))
        out.append(UInt8(ascii: ":"))
        out.append(decimal: inode)
    }

    /// Read from the record's bytes: through `split` and `Int(_:)` of texts, this took
    /// 14,000 instructions a folder.
    init?<Bytes: Collection<UInt8>>(text: Bytes) {
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")),
              let modified = Self.number(text[..<colon]), let inode = Self.number(text[text.index(after: colon)...]),
              modified <= UInt64(Int.max) else { return nil }
        (self.modified, self.inode) = (Int(modified), inode)
    }

    init(modified: Int, inode: UInt64) { (self.modified, self.inode) = (modified, inode) }

    /// Decimal digits and nothing else, up to `UInt64.max`.
    private static func number(_ digits: some Collection<UInt8>) -> UInt64? {
        guard !digits.isEmpty else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (tens, over) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = tens.addingReportingOverflow(UInt64(byte - 0x30))
            guard !over, !carry else { return nil }
            value = sum
        }
        return value
    }
}
