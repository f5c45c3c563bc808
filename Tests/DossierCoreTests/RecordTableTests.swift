import Foundation
import Testing
@testable import DossierCore

/// A rebuild copies `graph.json`'s records from the last file when their keys are
/// unchanged, and only from a file that is as the last build left it.
@Suite struct RecordTableTests {
    /// A second brief that names none of the fixture brief's entities.
    static let grain = """
    ---
    title: Grain exports
    date: 2024-11-02
    summary: Kyiv says grain exports rose.
    actors:
      - id: kyiv
        name: Kyiv
        kind: government
        country: UA
    claims:
      - id: grain-up
        text: Grain exports rose.
        status: reported
        stances:
          - actor: kyiv
            stance: asserts
            quote: exports rose
    ---
    [Kyiv](actor:kyiv) says [so](claim:grain-up).
    """

    static func site() throws -> TestSite { try Fixture.site(["Content/briefs/grain.md": grain]) }

    static func graph(_ output: URL) throws -> Data { try Data(contentsOf: output.appendingPathComponent(SitePath.graphData)) }

    @Test func aRebuildCopiesTheRecordsAnEditCannotReach() throws {
        let site = try Self.site()
        defer { site.remove() }
        let output = site.url("site")
        let first = Timings()
        try SiteBuilder.build(root: site.root, output: output, timings: first)
        #expect(first.counted("records copied") == 0)
        try site.write("Content/briefs/grain.md", Self.grain.replacingOccurrences(of: "rose.\n", with: "rose again.\n"))
        let timings = Timings()
        try SiteBuilder.build(root: site.root, output: output, timings: timings)
        // The fixture brief's own records, its two actors', its claim's, its stances',
        // its measure's and its figures': none of them named by the edited brief.
        #expect(timings.counted("records copied") == 7)
        try IncrementalBuildTests.expectEqualsCleanBuild(site.root, output, "editing the second brief")
    }

    /// The copies come from the file only while it has the stamp its table records: a
    /// hand-edited `graph.json` is written afresh, record by record.
    @Test func aHandEditedGraphIsNotCopiedFrom() throws {
        let site = try Self.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        let path = output.appendingPathComponent(SitePath.graphData).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"name\":\"The Kremlin\""))
        // The same size, in place: only the mtime tells.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "\"The Kremlin\"", with: "\"The Kremlon\"").utf8))
        try handle.close()
        try site.write("Content/briefs/grain.md", Self.grain.replacingOccurrences(of: "rose.\n", with: "rose again.\n"))
        let timings = Timings()
        try SiteBuilder.build(root: site.root, output: output, timings: timings)
        #expect(timings.counted("records copied") == 0)
        try IncrementalBuildTests.expectEqualsCleanBuild(site.root, output, "editing graph.json by hand")
    }

    @Test func aDamagedTableIsNotUsed() throws {
        let site = try Self.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        let url = RecordTable.url(beside: OutputFolder(output))
        let bytes = [UInt8](try Data(contentsOf: url))
        let table = try #require(RecordTable(bytes: bytes))
        // Two briefs, three actors, two claims and their stances, one measure and its figures.
        #expect(table.ranges.count == 11)
        #expect(table.bytes == bytes)
        // Every byte counts, and so does every length.
        for index in bytes.indices {
            var damaged = bytes
            damaged[index] ^= 0x10
            #expect(RecordTable(bytes: damaged) == nil, "byte \(index) changed")
        }
        for count in 0..<bytes.count { #expect(RecordTable(bytes: Array(bytes.prefix(count))) == nil) }

        var damaged = bytes
        damaged[damaged.count - 1] ^= 1
        try Data(damaged).write(to: url)
        try site.write("Content/briefs/grain.md", Self.grain.replacingOccurrences(of: "rose.\n", with: "rose again.\n"))
        let timings = Timings()
        try SiteBuilder.build(root: site.root, output: output, timings: timings)
        #expect(timings.counted("records copied") == 0)
        try IncrementalBuildTests.expectEqualsCleanBuild(site.root, output, "a damaged record table")
        #expect(RecordTable.read(url) != nil, "the rebuild writes a new table")
    }

    /// A table's ranges must lie inside its file: one that reaches past the end is refused.
    @Test func aTableReachingPastItsFileIsRefused() {
        let stamp = FileStamp(size: 100, modified: 1, inode: 2)
        let inside = RecordTable(stamp: stamp, ranges: [ContentDigest(value: 7): 90..<100])
        #expect(RecordTable(bytes: inside.bytes) == inside)
        let past = RecordTable(stamp: stamp, ranges: [ContentDigest(value: 7): 90..<101])
        #expect(RecordTable(bytes: past.bytes) == nil)
    }
}
