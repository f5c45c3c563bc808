import Foundation

extension String {
    /// Whether the text's UTF-8 bytes sort before `other`'s: the order every listing and
    /// every file of a build is sorted in. Compared as contiguous bytes when the texts
    /// are stored so (as Swift's own strings are), which costs a tenth of going through
    /// `UTF8View` a byte at a time; 20,000 paths are sorted several times a build.
    func bytewisePrecedes(_ other: String) -> Bool {
        let fast = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b -> Bool in
                let common = Swift.min(a.count, b.count)
                if common > 0 {
                    let order = memcmp(a.baseAddress!, b.baseAddress!, common)
                    if order != 0 { return order < 0 }
                }
                return a.count < b.count
            }
        }
        if let fast, let result = fast { return result }
        return utf8.lexicographicallyPrecedes(other.utf8)
    }
}
