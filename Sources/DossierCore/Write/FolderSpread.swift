#if canImport(Glibc)
import Glibc
#endif

/// Asks the file system to spread the subfolders of a folder over the whole disk.
///
/// A site is one folder per page (`briefs/<slug>/index.html`), tens of thousands of
/// them. ext4 puts a new folder near its parent, and, on a file system without a
/// journal, looks past every inode deleted in the last minutes before it reuses one:
/// after the previous output was removed, each `mkdir` scans the thousands its
/// predecessor freed in the same block group, and a clean build of 10,000 briefs spent
/// most of its time in the kernel. The "top of hierarchy" attribute (`chattr +T`)
/// makes ext4 place each subfolder in a block group of its own choosing instead.
///
/// It is a hint: on other file systems, or where it is refused, nothing happens.
enum FolderSpread {
    private static let getFlags: UInt = 0x8008_6601  // FS_IOC_GETFLAGS
    private static let setFlags: UInt = 0x4008_6602  // FS_IOC_SETFLAGS
    private static let topOfHierarchy: CInt = 0x0002_0000  // FS_TOPDIR_FL

    static func hint(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var flags: CInt = 0
        guard ioctl(fd, getFlags, &flags) == 0, flags & topOfHierarchy == 0 else { return }
        flags |= topOfHierarchy
        _ = ioctl(fd, setFlags, &flags)
    }
}
