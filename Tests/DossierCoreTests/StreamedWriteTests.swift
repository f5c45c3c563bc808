import Foundation
import Testing
@testable import DossierCore

/// Files written in pieces (the open data): the bytes are the pieces in order, and a
/// rebuild leaves the file alone (bytes and mtime) when no piece differs.
@Suite struct StreamedWriteTests {
    static let pieces: [[UInt8]] = [Array("{\"a\":".utf8), Array("[1,2,3]".utf8), Array("}\n".utf8)]

    static func emitAll(_ pieces: [[UInt8]]) -> OutputFile.Pieces {
        { emit in for piece in pieces { emit(piece) } }
    }

    @Test func aStreamedFileHoldsItsPiecesInOrder() throws {
        let folder = FileTree.temporaryFolder("streamed")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try PageWriter.write([.streamed("data/x.json", Self.emitAll(Self.pieces))], into: folder)
        let written = try Data(contentsOf: folder.appendingPathComponent("data/x.json"))
        #expect(String(decoding: written, as: UTF8.self) == "{\"a\":[1,2,3]}\n")
        #expect(try OutputFile.streamed("x", Self.emitAll(Self.pieces)).make() == Self.pieces.flatMap { $0 })
    }

    @Test(arguments: [
        ("{\"a\":[1,2,3]}\n", false),  // the same bytes: left alone
        ("{\"a\":[1,2,3]}\n\n", true),  // the old file is longer
        ("{\"a\":[1,2,3]}", true),  // the old file is shorter
        ("{\"a\":[1,2,4]}\n", true),  // one byte differs
    ])
    func aStreamedFileIsStagedOnlyWhenItsBytesDiffer(old: String, differs: Bool) throws {
        let folder = FileTree.temporaryFolder("streamed")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("x.json").path
        try Data(old.utf8).write(to: URL(fileURLWithPath: target))
        let result = InPlaceUpdate.stageStreamed(Self.emitAll(Self.pieces), at: target, beside: target + ".new")
        #expect(try result.get() == differs)
        #expect(FileManager.default.fileExists(atPath: target + ".new") == differs)
        if differs {
            let staged = try Data(contentsOf: URL(fileURLWithPath: target + ".new"))
            #expect(String(decoding: staged, as: UTF8.self) == "{\"a\":[1,2,3]}\n")
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == old)
    }

    @Test func aBodyEditLeavesTheOpenDataUntouched() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        let before = IncrementalBuildTests.stamps(output)
        let brief = Fixture.brief(replacing: "denies [it](claim:troops-sent)", with: "rejects [it](claim:troops-sent)")
        try site.write("Content/briefs/nk-troops.md", brief)
        try SiteBuilder.build(root: site.root, output: output)
        let after = IncrementalBuildTests.stamps(output)
        #expect(after["briefs/nk-troops/index.html"] != before["briefs/nk-troops/index.html"])
        #expect(after["data/graph.json"] == before["data/graph.json"])
        try IncrementalBuildTests.expectEqualsCleanBuild(site.root, output, "editing a body")
    }
}
