import Foundation
import Testing
@testable import DossierCore

/// The parse cache holds each cleanly parsed file so that a rebuild need not parse it
/// again; what it gives back must be the parse itself, field for field.
@Suite struct ParseCacheTests {
    /// Every brief and profile of a generated corpus and of the example, read back from
    /// its cache entry, is the parse it was made from: `String(describing:)` spells out
    /// every stored field, so a field the cache forgets shows here.
    @Test(arguments: ["corpus", "example"])
    func aParseReadBackIsTheParse(_ site: String) throws {
        let root: URL
        if site == "corpus" {
            root = FileTree.temporaryFolder("parse-cache")
            try Repository.generateCorpus(briefs: 30, into: root)
        } else {
            root = Repository.root
        }
        defer { if site == "corpus" { try? FileManager.default.removeItem(at: root) } }
        let folder = SiteFolder(root: root)
        let reuse = try Self.reuse(folder)
        let parsed = try SiteLoader.load(folder, reusing: reuse)
        #expect(parsed.parses.count == parsed.briefs.count + parsed.profiles.count)
        for brief in parsed.briefs {
            let entry = try #require(parsed.parses[brief.path])
            let back: ParsedBrief? = entry.value(path: brief.path, location: folder.fullPath(brief.path))
            #expect(String(describing: back) == String(describing: Optional(brief)))
        }
        for profile in parsed.profiles {
            let entry = try #require(parsed.parses[profile.path])
            let back: ParsedProfile? = entry.value(path: profile.path, location: folder.fullPath(profile.path))
            #expect(String(describing: back) == String(describing: Optional(profile)))
        }
    }

    static func reuse(_ folder: SiteFolder, cache: URL? = nil) throws -> ParseReuse {
        let inputs = try BuildCache.inputs(of: folder, includeDrafts: false)
        let url = cache ?? FileTree.temporaryFolder("cache").appendingPathComponent("site")
        return ParseReuse(cache: ParseCache(output: OutputFolder(url)), program: inputs[2], stamps: BuildCache.stamps(in: inputs))
    }

    /// A rebuild reads unchanged files back from the cache and parses the edited one.
    @Test func onlyAChangedFileIsParsedAgain() throws {
        let site = try Fixture.site(["Content/briefs/other.md": Fixture.brief(replacing: "title: North", with: "title: Other North")])
        defer { site.remove() }
        let folder = SiteFolder(root: site.root)
        let first = try SiteLoader.load(folder, reusing: try Self.reuse(folder, cache: site.url("site")))
        let reuse = try Self.reuse(folder, cache: site.url("site"))
        reuse.cache.save(first.parses, program: reuse.program)
        try site.write("Content/briefs/nk-troops.md", Fixture.brief.replacingOccurrences(of: "fake news", with: "false"))
        let again = try Self.reuse(folder, cache: site.url("site"))
        let held = again.cache.read(program: again.program)
        #expect(held.count == 3)
        let second = try SiteLoader.load(folder, reusing: again)
        let edited = try #require(second.briefs.first { $0.slug == "nk-troops" })
        #expect(edited.front.claims.flatMap(\.stances).contains { $0.quote?.value == "false" })
        #expect(second.parses["Content/briefs/nk-troops.md"]?.stamp != held["Content/briefs/nk-troops.md"]?.stamp)
        #expect(second.parses["Content/briefs/other.md"]?.bytes == held["Content/briefs/other.md"]?.bytes,
                "an unchanged file's entry is the one read back")
    }

    /// The cache ends with a digest of itself; from another program it is not used either.
    @Test func anAlteredOrForeignCacheIsNotUsed() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let folder = SiteFolder(root: site.root)
        let reuse = try Self.reuse(folder, cache: site.url("site"))
        reuse.cache.save(try SiteLoader.load(folder, reusing: reuse).parses, program: reuse.program)
        #expect(reuse.cache.read(program: reuse.program).count == 2)
        #expect(reuse.cache.read(program: "program 1:2:3").isEmpty)
        var bytes = try [UInt8](Data(contentsOf: reuse.cache.url))
        bytes[bytes.count / 2] ^= 1
        try Data(bytes).write(to: reuse.cache.url)
        #expect(reuse.cache.read(program: reuse.program).isEmpty)
        try Data(bytes.prefix(bytes.count - 9)).write(to: reuse.cache.url)
        #expect(reuse.cache.read(program: reuse.program).isEmpty)
    }

    /// A file with any diagnostic is parsed on every build, so its warnings are given again.
    @Test func aFileWithAProblemIsNotHeld() throws {
        let site = try Fixture.site(["Content/briefs/bad.md": "---\ntitle: [\n---\n"])
        defer { site.remove() }
        let folder = SiteFolder(root: site.root)
        let parsed = try SiteLoader.load(folder, reusing: try Self.reuse(folder, cache: site.url("site")))
        #expect(!parsed.diagnostics.isEmpty)
        #expect(parsed.parses["Content/briefs/bad.md"] == nil)
        #expect(parsed.parses["Content/briefs/nk-troops.md"] != nil)
    }
}
