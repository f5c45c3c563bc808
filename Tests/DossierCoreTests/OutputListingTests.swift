import Foundation
import Testing
@testable import DossierCore

/// A rebuild lists the output with the help of the last build's record: a folder whose
/// stamp is the recorded one is not read again. Whatever is added by hand is still found.
@Suite struct OutputListingTests {
    /// A folder tree under a new temporary folder; `files` relative to it.
    static func tree(_ files: [String]) throws -> URL {
        let root = FileTree.temporaryFolder("listing")
        for path in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        return root
    }

    /// Sets a folder's mtime to `seconds` from now.
    static func age(_ folder: URL, by seconds: Int) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var times = [timespec(tv_sec: now.tv_sec + seconds, tv_nsec: 0), timespec(tv_sec: now.tv_sec + seconds, tv_nsec: 0)]
        _ = utimensat(AT_FDCWD, folder.path, &times, 0)
    }

    @Test func aFolderWhoseStampIsRecordedIsNotReadAgain() throws {
        let root = try Self.tree(["a/index.html", "b/index.html", "index.html"])
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["a", "b", ""] { Self.age(root.appendingPathComponent(folder), by: -60) }
        let first = OutputListing(of: root.path, recordedFolders: [:], recordedFiles: [])
        #expect(first.files == ["a/index.html", "b/index.html", "index.html"])
        #expect(first.folders.count == 3 && first.folders.values.allSatisfy { $0 != nil })
        // Told that `a` held another file, and with `a`'s stamp as it is: `a` is taken
        // on the record's word. That is the shortcut.
        let second = OutputListing(of: root.path, recordedFolders: first.folders,
                                   recordedFiles: ["a/recorded.html", "b/index.html", "index.html"])
        #expect(second.files == ["a/recorded.html", "b/index.html", "index.html"])
    }

    /// The trusted folders' files (from the record) and those of the folders read, as one
    /// list sorted by bytes: "a-b/…" comes before "a/…", as '-' does before '/'.
    @Test(arguments: [
        (["a/index.html", "b/index.html"], ["a-b/index.html", "c.html"]),
        (["a-b/index.html", "index.html"], ["a/index.html", "a/z/index.html", "b.html"]),
        ([], ["x.html"]), (["x.html"], []),
        (["b/index.html", "a/index.html"], ["a-b/index.html"]),  // not sorted: sorted again
    ])
    func theTwoListsAreMergedInByteOrder(recorded: [String], read: [String]) {
        let merged = OutputListing.merged(recorded, read.sorted { $0.bytewisePrecedes($1) })
        #expect(merged == (recorded + read).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test(arguments: ["a/stray.html", "b/c/stray.html", "b/d/stray.html", "stray.html"])
    func aFileAddedByHandIsFoundWhereverItIs(_ added: String) throws {
        let files = ["a/index.html", "b/c/index.html", "index.html"]
        let root = try Self.tree(files)
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["a", "b", "b/c", ""] { Self.age(root.appendingPathComponent(folder), by: -60) }
        let first = OutputListing(of: root.path, recordedFolders: [:], recordedFiles: [])
        #expect(first.folders.values.allSatisfy { $0 != nil })
        let url = root.appendingPathComponent(added)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("stray".utf8).write(to: url)
        let second = OutputListing(of: root.path, recordedFolders: first.folders, recordedFiles: files)
        #expect(second.files == (files + [added]).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// A folder changed within the last moments may change again within the same clock
    /// tick without its mtime moving: its stamp is not kept.
    /// Looked up from the open first folder of each path, the stamps are those of the
    /// files at the whole paths; a file or folder that is not there has none.
    @Test func stampsFromOpenFoldersAreThoseOfTheWholePaths() throws {
        let paths = ["briefs/x/index.html", "briefs/longer-name-of-a-brief/index.html", "a/index.html", "index.html"]
        let root = try Self.tree(paths)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("longer".utf8).write(to: root.appendingPathComponent("a/index.html"))
        let stamps = FileStamps(below: root.path, for: paths + ["gone/index.html"])
        for path in paths {
            let whole = FileStamp.of(root.path + "/" + path)
            #expect(whole != nil && stamps.stamp(of: path) == whole, "\(path)")
        }
        #expect(stamps.stamp(of: "a/index.html")?.size == 6)
        for missing in ["briefs/y/index.html", "gone/index.html", "none.html"] {
            #expect(stamps.stamp(of: missing) == nil, "\(missing)")
        }
    }

    @Test func aFolderJustChangedIsNotTrusted() throws {
        let root = try Self.tree(["a/index.html", "index.html"])
        defer { try? FileManager.default.removeItem(at: root) }
        Self.age(root, by: -60)
        Self.age(root.appendingPathComponent("a"), by: 10)
        let listing = OutputListing(of: root.path, recordedFolders: [:], recordedFiles: [])
        #expect(listing.folders["a"] == .some(nil))
        #expect(listing.folders[""] != .some(nil))
    }

    /// End to end: once the folders have settled, a rebuild takes them on the record's
    /// word, and files added by hand in a page folder, a section folder and a new folder
    /// are still removed, as a clean build would not have them.
    @Test func strayFilesAreRemovedWhenFoldersAreTrusted() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        Thread.sleep(forTimeInterval: 0.1)
        try site.write("Content/briefs/nk-troops.md", Fixture.brief.replacingOccurrences(of: "fake news", with: "false"))
        try SiteBuilder.build(root: site.root, output: output)
        let cache = try String(contentsOf: site.url(".site.dossier-cache"), encoding: .utf8)
        #expect(cache.contains("\ndir ") && cache.split(separator: "\n").contains { $0.hasPrefix("dir ") && !$0.hasPrefix("dir -") },
                "some folder stamps are trusted")
        for stray in ["actors/lloyd-austin/stray.html", "actors/stray.html", "extra/folder/stray.html"] {
            let url = output.appendingPathComponent(stray)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("stray".utf8).write(to: url)
        }
        try site.write("Content/briefs/nk-troops.md", Fixture.brief)
        try SiteBuilder.build(root: site.root, output: output)
        try IncrementalBuildTests.expectEqualsCleanBuild(site.root, output, "adding stray files")
    }
}

/// Paths are sorted by their UTF-8 bytes everywhere; the fast comparison must agree with
/// the byte-at-a-time one on every pair, short and long, prefixes and non-ASCII included.
@Test func bytewiseOrderIsTheOrderOfTheUTF8Bytes() {
    let texts = ["", "a", "ab", "abc", "b", "B", "a/b", "a-b", "actors/actor-00001/index.html",
                 "actors/actor-00001/index.htm", "é", "e\u{301}", "z", "Ω/long-long-long-long-name", "\u{10FFFF}"]
    for a in texts {
        for b in texts {
            #expect(a.bytewisePrecedes(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) < \(b)")
        }
    }
}

/// Keys are written into the build record straight as bytes: the same digits as `hex`.
@Test func aKeyWrittenAsBytesIsItsHexDigits() {
    for value: UInt64 in [0, 1, 0xA, 0xDEAD_BEEF, 0x0123_4567_89AB_CDEF, .max] {
        var bytes: [UInt8] = []
        ContentDigest(value: value).appendHex(to: &bytes)
        #expect(bytes == Array(ContentDigest(value: value).hex.utf8))
        #expect(ContentDigest(hex: bytes[...]) == ContentDigest(value: value))
    }
}

/// A folder's stamp is read back from the record's bytes as it was written, and a line
/// that is not two decimal numbers is not a stamp (the folder is then read again).
@Test func aFolderStampIsReadBackFromItsBytes() {
    func written(_ stamp: FolderStamp) -> ArraySlice<UInt8> {
        let out = ByteBuffer()
        stamp.append(to: out)
        return out.bytes[...]
    }
    for (modified, inode) in [(0, UInt64(0)), (7, 9), (10, 100), (1_764_140_000_123_456_789, 42), (Int.max, UInt64.max)] {
        #expect(FolderStamp(text: written(FolderStamp(modified: modified, inode: inode))) == FolderStamp(modified: modified, inode: inode))
    }
    // A time before 1970 is written as no stamp.
    #expect(written(FolderStamp(modified: -5, inode: 3)) == Array("-".utf8)[...])
    #expect(FolderStamp(text: written(FolderStamp(modified: -5, inode: 3))) == nil)
    for text in ["", ":", "1:", ":1", "1", "1:2:3", "12a:3", "1: 2", "-5:3", "+5:3", "١:2",
                 "99999999999999999999:1", "9223372036854775808:1", "1:18446744073709551616"] {
        #expect(FolderStamp(text: Array(text.utf8)[...]) == nil, "\(text)")
    }
}

/// Parents and names of paths, found among the bytes, non-ASCII included.
@Test func aPathSplitsAtItsLastSlash() {
    let cases = [("briefs/b/index.html", "briefs/b", "index.html"), ("index.html", "", "index.html"),
                 ("é/ü/ß.html", "é/ü", "ß.html"), ("a/", "a", ""), ("/x", "", "x")]
    for (path, parent, name) in cases {
        #expect(PageWriter.parent(of: path) == parent, "\(path)")
        #expect(PageWriter.name(of: path) == name, "\(path)")
    }
}
