import Foundation
import Testing
@testable import DossierCore

/// Rebuilds: only the files whose bytes change are written, nothing changed means
/// nothing done, and the result always equals a clean build.
@Suite struct IncrementalBuildTests {
    static func stamps(_ folder: URL) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for path in FileTreeListing.files(in: folder.path) { stamps[path] = FileStamp.of(folder.path + "/" + path) }
        return stamps
    }

    /// Builds `site` into `output` and, from scratch, into a fresh folder; both must match.
    static func expectEqualsCleanBuild(_ site: URL, _ output: URL, _ step: String) throws {
        let clean = FileTree.temporaryFolder("clean")
        defer { try? FileManager.default.removeItem(at: clean) }
        try SiteBuilder.build(root: site, output: clean)
        let differences = FileTree.differences(FileTree.snapshot(output), FileTree.snapshot(clean))
        #expect(differences.isEmpty, "after \(step): \(differences.prefix(5))")
    }

    @Test func aRebuildWritesOnlyTheFilesWhoseBytesChange() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        let before = Self.stamps(output)
        let brief = Fixture.brief(replacing: "summary: The US says about 3,000 troops are in Russia.",
                                  with: "summary: The US now says at least 3,000 troops are in Russia.")
        try site.write("Content/briefs/nk-troops.md", brief)
        try SiteBuilder.build(root: site.root, output: output)
        let after = Self.stamps(output)
        let rewritten = after.keys.filter { after[$0] != before[$0] }.sorted()
        #expect(rewritten.contains("briefs/nk-troops/index.html"))
        #expect(rewritten.contains("index.html"))
        #expect(!rewritten.contains("assets/style.css"))
        #expect(!rewritten.contains("figures/nk-troops/index.html"))
        #expect(rewritten.count < after.count / 2, "\(rewritten)")
        try Self.expectEqualsCleanBuild(site.root, output, "editing a summary")
    }

    /// A partial every claim shows, and the stylesheet, overridden, changed and given back.
    @Test func aChangedThemeRebuildsAsACleanBuildWould() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        let original = FileTree.snapshot(output)
        let badge = try #require(builtinTheme["badge.mustache"])
        try site.write("Templates/badge.mustache", "<b class=\"mine\">" + badge + "</b>")
        try SiteBuilder.build(root: site.root, output: output)
        let claim = try String(contentsOf: output.appendingPathComponent("claims/troops-sent/index.html"), encoding: .utf8)
        #expect(claim.contains("<b class=\"mine\"><span class=\"badge"))
        try Self.expectEqualsCleanBuild(site.root, output, "overriding a partial")
        try site.write("Templates/badge.mustache", "<i>" + badge + "</i>")
        try site.write("Templates/style.css", "body { color: black }\n")
        try SiteBuilder.build(root: site.root, output: output)
        #expect(try String(contentsOf: output.appendingPathComponent("assets/style.css"), encoding: .utf8) == "body { color: black }\n")
        try Self.expectEqualsCleanBuild(site.root, output, "changing the override and the stylesheet")
        try FileManager.default.removeItem(at: site.url("Templates"))
        try SiteBuilder.build(root: site.root, output: output)
        #expect(FileTree.differences(FileTree.snapshot(output), original).isEmpty)
    }

    @Test func nothingChangedMeansNothingWritten() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        let before = Self.stamps(output)
        let timings = Timings()
        try SiteBuilder.build(root: site.root, output: output, timings: timings)
        #expect(timings.stages.map(\.name) == ["cache check"])
        #expect(Self.stamps(output) == before)
    }

    @Test func aCorruptOrForeignCacheIsIgnored() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        let cache = BuildCache(output: OutputFolder(output)).url
        for garbage in ["", "dossier-cache 1\nwarnings\n", "\u{0}\u{1}binary", "dossier-cache 1\ndrafts false\nwarnings\nx\ty\n"] {
            try Data(garbage.utf8).write(to: cache)
            try site.write("Content/briefs/nk-troops.md", Fixture.brief.replacingOccurrences(of: "fake news", with: "fake news \(garbage.count)"))
            let timings = Timings()
            try SiteBuilder.build(root: site.root, output: output, timings: timings)
            #expect(timings.stages.count > 1, "a corrupt cache must not stop the build")
            try Self.expectEqualsCleanBuild(site.root, output, "a corrupt cache")
        }
    }

    @Test func aHandEditedOutputFileIsRepaired() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        try Data("defaced".utf8).write(to: output.appendingPathComponent("index.html"))
        try Data("stray".utf8).write(to: output.appendingPathComponent("stray.html"))
        try SiteBuilder.build(root: site.root, output: output)
        try Self.expectEqualsCleanBuild(site.root, output, "editing the output by hand")
    }

    /// A page whose key is unchanged is kept only if its file is as the last build left it.
    @Test func aHandEditedEntityPageIsMadeAgain() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        let page = output.appendingPathComponent("actors/kremlin/index.html")
        try Data("defaced".utf8).write(to: page)
        // An edit that leaves the Kremlin's page and its key alone.
        try site.write("Content/actors/lloyd-austin.md", Fixture.actorProfile + "\nOne more line.\n")
        try SiteBuilder.build(root: site.root, output: output)
        try Self.expectEqualsCleanBuild(site.root, output, "editing an actor page by hand")
    }

    /// The cache ends with a digest of itself: one changed character, and it is not used.
    @Test func anAlteredCacheMakesEveryPage() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        let cache = BuildCache(output: OutputFolder(output)).url
        var text = try String(contentsOf: cache, encoding: .utf8)
        let key = try #require(text.firstMatch(of: /out \S+ ([0-9a-f]{16}) actors\//))
        text.replaceSubrange(key.output.1.startIndex..<text.index(after: key.output.1.startIndex),
                             with: key.output.1.first == "0" ? "1" : "0")
        try Data(text.utf8).write(to: cache)
        try site.write("Content/actors/lloyd-austin.md", Fixture.actorProfile + "\nOne more line.\n")
        let timings = Timings()
        try SiteBuilder.build(root: site.root, output: output, timings: timings)
        let files = FileTreeListing.files(in: output.path).count - 1
        #expect(timings.counted("made") == files)
        try Self.expectEqualsCleanBuild(site.root, output, "altering the cache")

        let again = Timings()
        try site.write("Content/actors/lloyd-austin.md", Fixture.actorProfile + "\nAnother line.\n")
        try SiteBuilder.build(root: site.root, output: output, timings: again)
        let made = try #require(again.counted("made"))
        #expect(made < files, "an intact cache keeps the pages the edit cannot reach")
    }

    @Test func aFailedRebuildLeavesTheOutputAsItWas() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        let before = FileTree.snapshot(output), stamps = Self.stamps(output)
        let files = [OutputFile(Page(path: "index.html", text: "new")), OutputFile(Page(path: "new/index.html", text: "new")),
                     OutputFile("broken/index.html") { () throws(DossierError) in throw .template(name: "x", reason: "test") }]
        #expect(throws: DossierError.self) { try InPlaceUpdate(output: OutputFolder(output)).publish(files) }
        #expect(FileTree.snapshot(output) == before)
        #expect(Self.stamps(output) == stamps)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("new").path))
    }
}

/// A small deterministic random number generator for tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct BodyTextTests {
    /// Bodies are read again when rendered; a file changed in between fails the build
    /// instead of publishing a page that does not match what was checked.
    @Test func aBriefChangedDuringTheBuildFailsIt() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let (linked, _) = try site.check()
        let brief = try #require(linked?.brief("nk-troops"))
        #expect(brief.body.markdown.isEmpty)
        #expect(try BodyText.read(brief.body).hasPrefix("[](actor:lloyd-austin) said"))
        try site.write("Content/briefs/nk-troops.md", Fixture.brief + "\nMore.")
        #expect(throws: DossierError.self) { try BodyText.read(brief.body) }
    }
}
