import Foundation

/// A file of the site, read and known to be UTF-8 text.
struct SourceFile: Sendable {
    /// Relative to the site root, with `/` separators: `Content/briefs/x.md`.
    var path: String
    var text: String
    /// Where the file is on disk, when it came from disk.
    var location: String?
}
