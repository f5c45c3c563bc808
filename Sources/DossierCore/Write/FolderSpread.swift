import Synchronization
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
/// It is a hint: on other file systems, or where it is refused, nothing happens.
final class FolderSpread: Sendable {
    static let runLength = 8

    /// Folders made so far in each spread parent.
    private let made: Mutex<[String: Int]>
    private let hint: @Sendable (_ parent: String, _ on: Bool) -> Void

    /// `parents`: the folders whose subfolders are spread.
    init(parents: some Sequence<String>, hint: @escaping @Sendable (String, Bool) -> Void = FolderSpread.setAttribute) {
        made = Mutex(Dictionary(parents.map { ($0, 0) }, uniquingKeysWith: { a, _ in a }))
        self.hint = hint
    }

    /// `mkdir(parent/name)`; false with `errno` set when it fails.
    func makeFolder(_ name: String, in parent: String) -> Bool {
        let path = parent + "/" + name
        let count: Int? = made.withLock { made in
            guard let count = made[parent] else { return nil }
            made[parent] = count + 1
            return count
        }
        guard let count else { return mkdir(path, 0o755) == 0 }
        let startsRun = count % Self.runLength == 0
        if startsRun { hint(parent, true) }
        let done = mkdir(path, 0o755) == 0
        let failure = errno
        if startsRun { hint(parent, false) }
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
