#if canImport(Glibc)
import Glibc
#endif

/// Swaps what two names in the file system name, in one step (`renameat2` with
/// `RENAME_EXCHANGE`): a reader of either name sees the old file or the new one, never
/// neither. Glibc's Swift module leaves `renameat2` out (it is a GNU extension), so it is
/// looked up when first used; where the C library or the file system has no such call,
/// `swap` says so and the caller renames instead. `moveUnlessTaken` is the same call's
/// rename that does not replace.
enum NameExchange {
    private typealias RenameAt2 = @convention(c) (CInt, UnsafePointer<CChar>, CInt, UnsafePointer<CChar>, CUnsignedInt) -> CInt
    private static let renameAt2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    private static let exchange: CUnsignedInt = 1 << 1  // RENAME_EXCHANGE, from <linux/fs.h>
    private static let noReplace: CUnsignedInt = 1 << 0  // RENAME_NOREPLACE

    /// `rename(a, b)` unless `b` exists (`RENAME_NOREPLACE`): true when moved, false with
    /// `errno` set when not; nil when this system has no such call.
    static func moveUnlessTaken(_ a: String, to b: String) -> Bool? {
        guard let renameAt2 else { return nil }
        if renameAt2(AT_FDCWD, a, AT_FDCWD, b, noReplace) == 0 { return true }
        return errno == EINVAL || errno == ENOSYS ? nil : false
    }

    /// True when `a` and `b` now name each other's file.
    static func swap(_ a: String, _ b: String) -> Bool {
        guard let renameAt2 else { return false }
        return renameAt2(AT_FDCWD, a, AT_FDCWD, b, exchange) == 0
    }
}
