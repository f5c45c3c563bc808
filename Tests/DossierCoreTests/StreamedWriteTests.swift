import Foundation
#if canImport(Glibc)
import Glibc
#endif
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

/// Page folders are spread over the disk in runs: the section folder carries the
/// "top of hierarchy" attribute while the first folder of each run is made, and not
/// after.
@Suite struct FolderSpreadTests {
    static func flags(_ path: String) -> CInt? {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var flags: CInt = 0
        return ioctl(fd, 0x8008_6601, &flags) == 0 ? flags : nil
    }

    /// Whether the file system here keeps the attribute (ext2/3/4 do).
    static func takesTheHint(_ path: String) -> Bool {
        guard mkdir(path, 0o755) == 0, var flags = flags(path) else { return false }
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        flags |= 0x0002_0000
        return ioctl(fd, 0x4008_6602, &flags) == 0 && (Self.flags(path) ?? 0) & 0x0002_0000 != 0
    }

    final class Calls: @unchecked Sendable {
        var log: [String] = []
    }

    @Test func everyEighthFolderStartsARunWithTheHintOn() throws {
        let folder = FileTree.temporaryFolder("spread")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let calls = Calls()
        // Each call notes how many folders there were: the hint is on while one is made.
        let spread = FolderSpread(parents: [folder.path]) { parent, on in
            let count = (try? FileManager.default.contentsOfDirectory(atPath: parent).count) ?? -1
            calls.log.append("\(on ? "on" : "off") \(count)")
        }
        for i in 0..<17 { #expect(spread.makeFolder("page-\(i)", in: folder.path)) }
        let expected = stride(from: 0, to: 17, by: 8).flatMap { i in ["on \(i)", "off \(i + 1)"] }
        #expect(calls.log == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 17)
        #expect(!spread.makeFolder("page-3", in: folder.path) && errno == EEXIST)
    }

    @Test func aBuildLeavesNoAttributeBehind() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        guard Self.takesTheHint(site.url("probe").path) else { return }  // nothing to check here
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        for section in ["briefs", "actors", "claims", "figures"] {
            let flags = try #require(Self.flags(output.appendingPathComponent(section).path))
            #expect(flags & 0x0002_0000 == 0, "\(section)/ kept the attribute")
        }
    }
}
