import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Makes page folders spread over the disk, in runs.
///
/// A site is one folder per page (`briefs/<slug>/index.html`), tens of thousands of
/// them in a few section folders. ext4 puts a new folder in the block group its parent
/// last allocated in, and, on a file system without a journal, steps over every inode
/// freed there in the last minutes before it takes one: right after the previous output
/// was deleted, each `mkdir` scans the thousands its predecessor freed, and a clean
/// build of 10,000 briefs spent most of its time in the kernel.
///
/// The "top of hierarchy" attribute (`chattr +T`) on the parent makes ext4 choose the
/// least-used block group for the next folder instead, at the price of looking at every
/// group. So every `runLength`-th folder of a section is made with the attribute on and
/// the ones after it follow it into its group; the attribute is off again afterwards.
/// Making 20,000 such folders three times in a row took 1.7, 7.2 and 12.7 s with no
/// attribute, about 4 s each with it always on, and about 1.5–2.7 s in runs of eight.
///
/// Folders of one parent are made one at a time, under a lock of ours. `mkdir` holds
/// the parent's lock in the kernel while ext4 looks for an inode, and a second thread
/// making a folder there spun on that lock: 6 % of the samples of a build of 10,000
/// briefs, a sixth of its time in the kernel.
/// Waiting on our lock instead, the thread sleeps, and the core is free for a thread
/// that renders (`PageWriter` runs one more thread than there are cores).
///
/// The first folder of a run is made under a random name of its own (`.spread-…`) and
/// renamed: ext4 starts its search for the least-used group at a hash of the new
/// folder's name, and groups that tie are many. Under the page's own name, a build
/// chose exactly the groups of the output it replaces, and when that output had just
/// been deleted (a clean build, a benchmark), every inode taken there stepped over the
/// thousands freed a moment before. Full builds of 10,000 briefs right after deleting
/// the last one, in two sets of three pairs: 4.31 → 3.95 s and 3.79 → 3.68 s on
/// average, faster in five pairs of six.
///
/// It is a hint: on other file systems, or where it is refused, nothing happens and the
/// folder is made under its own name.
final class FolderSpread: Sendable {
    static let runLength = 8

    /// Folders made so far in a spread parent, counted under the lock they are made in:
    /// a plain `pthread` mutex, whose waiters sleep at once. (`Mutex` waits in the
    /// kernel's priority-inheritance lock, which spins while the holder runs.)
    private final class Lane: @unchecked Sendable {
        let lock = NSLock()
        var made = 0
    }

    private let lanes: [String: Lane]
    /// Turns the attribute on or off; true when the parent now has it as asked.
    private let hint: @Sendable (_ parent: String, _ on: Bool) -> Bool

    /// `parents`: the folders whose subfolders are spread.
    init(parents: some Sequence<String>, hint: @escaping @Sendable (String, Bool) -> Bool = FolderSpread.setAttribute) {
        lanes = Dictionary(parents.map { ($0, Lane()) }, uniquingKeysWith: { a, _ in a })
        self.hint = hint
    }

    /// `mkdir(parent/name)`; false with `errno` set when it fails.
    func makeFolder(_ name: String, in parent: String) -> Bool {
        let path = parent + "/" + name
        guard let lane = lanes[parent] else { return mkdir(path, 0o755) == 0 }
        let (done, failure) = lane.lock.withLock {
            let startsRun = lane.made % Self.runLength == 0
            lane.made += 1
            guard startsRun, hint(parent, true) else { return (mkdir(path, 0o755) == 0, errno) }
            let standIn = parent + "/.spread-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
            var done = mkdir(standIn, 0o755) == 0
            var failure = errno
            _ = hint(parent, false)
            if done {
                done = Self.rename(standIn, to: path)
                failure = errno
                if !done { rmdir(standIn) }
            }
            return (done, failure)
        }
        errno = failure
        return done
    }

    /// `rename` that fails with `EEXIST` where `target` exists, as `mkdir` would.
    private static func rename(_ standIn: String, to target: String) -> Bool {
        if let moved = NameExchange.moveUnlessTaken(standIn, to: target) { return moved }
        // Without `RENAME_NOREPLACE`: the lane's lock keeps any other maker of a folder
        // here away between the look and the rename.
        if access(target, F_OK) == 0 {
            errno = EEXIST
            return false
        }
        return Glibc.rename(standIn, target) == 0
    }

    private static let getFlags: UInt = 0x8008_6601  // FS_IOC_GETFLAGS
    private static let setFlags: UInt = 0x4008_6602  // FS_IOC_SETFLAGS
    private static let topOfHierarchy: CInt = 0x0002_0000  // FS_TOPDIR_FL

    /// Turns the attribute on or off; true when the folder now has it as asked.
    @Sendable static func setAttribute(_ path: String, _ on: Bool) -> Bool {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var flags: CInt = 0
        guard ioctl(fd, getFlags, &flags) == 0 else { return false }
        guard (flags & topOfHierarchy != 0) != on else { return true }
        flags = on ? flags | topOfHierarchy : flags & ~topOfHierarchy
        return ioctl(fd, setFlags, &flags) == 0
    }
}
