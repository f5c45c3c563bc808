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
        defer { try? FileManager.default.removeItem(at: reuse.cache.url.deletingLastPathComponent()) }
        let parsed = try SiteLoader.load(folder, reusing: reuse)
        try FileManager.default.createDirectory(at: reuse.cache.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        reuse.cache.save(parsed, program: reuse.program)
        let held = reuse.cache.read(program: reuse.program)
        #expect(held.count == parsed.briefs.count + parsed.profiles.count)
        for brief in parsed.briefs {
            let back: ParsedBrief? = held[brief.path]?.value(path: brief.path, location: folder.fullPath(brief.path))
            #expect(String(describing: back) == String(describing: Optional(brief)))
        }
        for profile in parsed.profiles {
            let back: ParsedProfile? = held[profile.path]?.value(path: profile.path, location: folder.fullPath(profile.path))
            #expect(String(describing: back) == String(describing: Optional(profile)))
        }
    }

    /// Dates are held as their numbers: a month stays a month, and numbers that name no
    /// day (an altered entry) are refused rather than read as some other date.
    @Test func datesReadBackAsTheyWereAndImpossibleOnesAreRefused() throws {
        let dates = [AsOf("2024-12")!, AsOf("2024-02-29")!, AsOf(Day("0001-01-01")!)]
        var out = ByteWriter()
        for date in dates { date.persist(to: &out) }
        Day("2023-12-31")!.persist(to: &out)
        var input = ByteReader(out.bytes, range: 0..<out.bytes.count)
        let back = try dates.map { _ in try AsOf(from: &input) }
        #expect(back == dates && back[0].description == "2024-12")
        #expect(try Day(from: &input) == Day("2023-12-31"))
        #expect(input.isAtEnd)
        for numbers in [[2023, 2, 29], [2024, 13, 1], [2024, 4, 31], [10_000, 1, 1]] {
            var bad = ByteWriter()
            for n in numbers { bad.int(n) }
            var reader = ByteReader(bad.bytes, range: 0..<bad.bytes.count)
            #expect(throws: ByteReader.Corrupt.self) { try Day(from: &reader) }
            reader = ByteReader(bad.bytes, range: 0..<bad.bytes.count)
            #expect(throws: ByteReader.Corrupt.self) { try AsOf(from: &reader) }
        }
    }

    static func reuse(_ folder: SiteFolder, cache: URL? = nil) throws -> ParseReuse {
        let inputs = BuildCache.inputs(of: folder, listing: try folder.listing(), includeDrafts: false)
        let url = cache ?? FileTree.temporaryFolder("cache").appendingPathComponent("site")
        return ParseReuse(cache: ParseCache(output: OutputFolder(url)), program: inputs.program, stamps: inputs.stamps)
    }

    /// A rebuild reads unchanged files back from the cache and parses the edited one.
    @Test func onlyAChangedFileIsParsedAgain() throws {
        let site = try Fixture.site(["Content/briefs/other.md": Fixture.brief(replacing: "title: North", with: "title: Other North")])
        defer { site.remove() }
        let folder = SiteFolder(root: site.root)
        let reuse = try Self.reuse(folder, cache: site.url("site"))
        reuse.cache.save(try SiteLoader.load(folder, reusing: reuse), program: reuse.program)
        try site.write("Content/briefs/nk-troops.md", Fixture.brief.replacingOccurrences(of: "fake news", with: "false"))
        let second = try SiteLoader.load(folder, reusing: try Self.reuse(folder, cache: site.url("site")))
        let edited = try #require(second.briefs.first { $0.slug == "nk-troops" })
        #expect(edited.front.claims.flatMap(\.stances).contains { $0.quote?.value == "false" })
        for path in ["Content/briefs/nk-troops.md", "Content/briefs/other.md", "Content/actors/lloyd-austin.md"] {
            switch second.holdings[path] {
            case .fresh: #expect(path.contains("nk-troops"), "\(path) was parsed again")
            case .reused: #expect(!path.contains("nk-troops"), "\(path) was read back")
            case nil: Issue.record("\(path) is not held")
            }
        }
    }

    /// A corpus of 12 generated briefs with its cache saved once, in a new folder.
    private struct Cached {
        let root = FileTree.temporaryFolder("parse-cache")
        var folder: SiteFolder { SiteFolder(root: root) }
        var output: URL { root.appendingPathComponent("out") }

        init() throws {
            try Repository.generateCorpus(briefs: 12, into: root)
            try save()
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        /// Loads the site through the cache, saves the cache and returns the load.
        @discardableResult
        func save(into output: URL? = nil) throws -> ParsedSite {
            let reuse = try ParseCacheTests.reuse(folder, cache: output ?? self.output)
            let site = try SiteLoader.load(folder, reusing: reuse)
            reuse.cache.save(site, program: reuse.program)
            return site
        }

        func cacheBytes(of output: URL? = nil) throws -> Data {
            try Data(contentsOf: ParseCache(output: OutputFolder(output ?? self.output)).url)
        }

        /// The cache a first build of the site as it is now writes.
        func freshCacheBytes() throws -> Data {
            let other = root.appendingPathComponent("fresh-\(UUID().uuidString)")
            try save(into: other)
            return try cacheBytes(of: other)
        }

        func edit(_ numbers: ClosedRange<Int>) throws {
            for number in numbers {
                let file = root.appendingPathComponent(String(format: "Content/briefs/brief-%05d.md", number))
                try (String(contentsOf: file, encoding: .utf8) + "\nOne more line.\n").write(to: file, atomically: true, encoding: .utf8)
            }
        }
    }

    private static func isReused(_ holding: ParseCache.Holding) -> Bool {
        if case .reused = holding { true } else { false }
    }

    /// A rebuild that read most files back adds its fresh parses at the end of the cache
    /// and leaves every byte before them as it was; the next load reads each file's
    /// last entry, and so the edited file's new parse.
    @Test func aRebuildAddsItsFreshParsesAtTheEnd() throws {
        let cached = try Cached()
        defer { cached.remove() }
        let before = try cached.cacheBytes()
        try cached.edit(5...5)
        let second = try cached.save()
        let after = try cached.cacheBytes()
        #expect(after.count > before.count)
        #expect(after.prefix(before.count) == before)
        let third = try cached.save()
        #expect(third.holdings.count == second.briefs.count + second.profiles.count)
        #expect(third.holdings.values.allSatisfy(Self.isReused))
        #expect(String(describing: third.briefs) == String(describing: second.briefs))
        #expect(String(describing: third.profiles) == String(describing: second.profiles))
    }

    /// Once the entries no longer used would be half the file, it is written anew: the
    /// entries read back are copied in runs around the fresh ones, and the file is the
    /// one a first build writes.
    @Test func aCacheMostlyOutOfUseIsWrittenAnew() throws {
        let cached = try Cached()
        defer { cached.remove() }
        try cached.edit(2...10)
        let second = try cached.save()
        #expect(second.holdings.values.filter(Self.isReused).count > 0)
        #expect(try cached.cacheBytes() == cached.freshCacheBytes())
        let third = try cached.save()
        #expect(third.holdings.values.allSatisfy(Self.isReused))
        #expect(String(describing: third.briefs) == String(describing: second.briefs))
    }

    /// A cache cut short (the disk full, the machine stopped in a save) or replaced
    /// since it was read is not added to, but written anew.
    @Test func aCacheCutShortOrReplacedIsWrittenAnew() throws {
        let cached = try Cached()
        defer { cached.remove() }
        let url = ParseCache(output: OutputFolder(cached.output)).url
        let whole = try cached.cacheBytes()
        try whole.prefix(whole.count - 9).write(to: url)
        try cached.edit(5...5)
        try cached.save()
        #expect(try cached.cacheBytes() == cached.freshCacheBytes())

        // Replaced between the load and the save: same bytes, another file.
        try cached.edit(6...6)
        let reuse = try Self.reuse(cached.folder, cache: cached.output)
        let site = try SiteLoader.load(cached.folder, reusing: reuse)
        let copy = url.appendingPathExtension("copy")
        try FileManager.default.copyItem(at: url, to: copy)
        #expect(rename(copy.path, url.path) == 0)
        reuse.cache.save(site, program: reuse.program)
        #expect(try cached.cacheBytes() == cached.freshCacheBytes())
    }

    @Test func aBuildIntoADeletedOutputParsesEverything() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        func build() throws -> Timings {
            let timings = Timings()
            try SiteBuilder.build(root: site.root, output: output, timings: timings)
            return timings
        }
        #expect(try build().counted("read back") == 0)
        try site.write("Content/briefs/nk-troops.md", Fixture.brief + "\nOne more line.\n")
        let rebuild = try build()
        #expect(rebuild.counted("parsed") == 1 && rebuild.counted("read back") == 1, "\(rebuild.lines)")
        try FileManager.default.removeItem(at: output)
        let fresh = try build()
        #expect(fresh.counted("parsed") == 2 && fresh.counted("read back") == 0, "\(fresh.lines)")
    }

    /// Each entry carries a digest of its bytes; a cache from another program is not used.
    @Test func anAlteredOrForeignCacheIsNotUsed() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let folder = SiteFolder(root: site.root)
        let reuse = try Self.reuse(folder, cache: site.url("site"))
        let parsed = try SiteLoader.load(folder, reusing: reuse)
        reuse.cache.save(parsed, program: reuse.program)
        let brief = "Content/briefs/nk-troops.md", location = folder.fullPath("Content/briefs/nk-troops.md")
        let intact: ParsedBrief? = reuse.cache.read(program: reuse.program)[brief]?.value(path: brief, location: location)
        #expect(intact != nil)
        #expect(reuse.cache.read(program: "program 1:2:3").isEmpty)
        // The brief is written last: its bytes end the file.
        var bytes = try [UInt8](Data(contentsOf: reuse.cache.url))
        bytes[bytes.count - 10] ^= 1
        try Data(bytes).write(to: reuse.cache.url)
        let altered: ParsedBrief? = reuse.cache.read(program: reuse.program)[brief]?.value(path: brief, location: location)
        #expect(altered == nil)
        try Data(bytes.prefix(bytes.count - 9)).write(to: reuse.cache.url)
        let held = reuse.cache.read(program: reuse.program)
        #expect(held[brief] == nil)
        #expect(held["Content/actors/lloyd-austin.md"] != nil)
        let again = try SiteLoader.load(folder, reusing: reuse)
        #expect(String(describing: again.briefs) == String(describing: parsed.briefs))
    }

    /// A file with any diagnostic is parsed on every build, so its warnings are given again.
    @Test func aFileWithAProblemIsNotHeld() throws {
        let site = try Fixture.site(["Content/briefs/bad.md": "---\ntitle: [\n---\n"])
        defer { site.remove() }
        let folder = SiteFolder(root: site.root)
        let parsed = try SiteLoader.load(folder, reusing: try Self.reuse(folder, cache: site.url("site")))
        #expect(!parsed.diagnostics.isEmpty)
        #expect(parsed.holdings["Content/briefs/bad.md"] == nil)
        #expect(parsed.holdings["Content/briefs/nk-troops.md"] != nil)
    }
}
