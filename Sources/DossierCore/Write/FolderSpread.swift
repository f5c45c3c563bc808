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
/// It is a hint: on other file systems, or where it is refused, nothing happens.
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
    private let hint: @Sendable (_ parent: String, _ on: Bool) -> Void

    /// `parents`: the folders whose subfolders are spread.
    init(parents: some Sequence<String>, hint: @escaping @Sendable (String, Bool) -> Void = FolderSpread.setAttribute) {
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
            if startsRun { hint(parent, true) }
            let done = mkdir(path, 0o755) == 0
            let failure = errno
            if startsRun { hint(parent, false) }
            return (done, failure)
        }
        errno = failure
        return done
    }

    private static let getFlags: UInt = 0x8008_6601  // FS_IOC_GETFLAGS
    private static let setFlags: UInt = 0x4008_6602  // FS_IOC_SETFLAGS
    private static let topOfHierarchy: CInt = 0x0002_0000  // FS_TOPDIR_FL

    /// Turns the attribute on or off.
    @Sendable static func setAttribute(_ path: String, _ on: Bool) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var flags: CInt = 0
        guard ioctl(fd, getFlags, &flags) == 0, (flags & topOfHierarchy != 0) != on else { return }
        flags = on ? flags | topOfHierarchy : flags & ~topOfHierarchy
        _ = ioctl(fd, setFlags, &flags)
    }
}
