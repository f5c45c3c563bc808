import Foundation
import Testing
@testable import DossierCore

/// A build replaces only output it made, only when everything succeeded, and leaves
/// no staging folder behind.
@Suite struct OutputSafetyTests {
    static func snapshot(_ folder: URL) -> [String: Data] { FileTree.snapshot(folder) }

    static func siblings(of folder: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)) ?? []
    }

    @Test func aBuildWritesTheMarkAndLeavesNoStaging() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputFolder.markName).path))
        #expect(Self.siblings(of: output).filter { $0.contains("dossier-staging") || $0.contains("dossier-previous") }.isEmpty)
    }

    @Test func aContentErrorLeavesThePreviousOutputExactlyAsItWas() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        let before = Self.snapshot(output)
        try site.write("Content/briefs/nk-troops.md", Fixture.brief(replacing: "date: 2024-10-24", with: "date: soon"))
        #expect(throws: DossierError.self) { try SiteBuilder.build(root: site.root, output: output) }
        #expect(Self.snapshot(output) == before)
    }

    @Test func aWriteFailureLeavesThePreviousOutputAndNoStaging() throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = OutputFolder(site.url("out"))
        try StagedWrite(output: output).publish([Page(path: "index.html", text: "old")])
        let before = Self.snapshot(output.url)
        // "a" is needed both as a folder and as a file: the second write fails.
        let clash = [Page(path: "a/index.html", text: "x"), Page(path: "a", text: "y")]
        #expect(throws: DossierError.self) { try StagedWrite(output: output).publish(clash) }
        #expect(Self.snapshot(output.url) == before)
        #expect(Self.siblings(of: output.url).filter { $0.contains("dossier-staging") || $0.contains("dossier-previous") }.isEmpty)
    }

    @Test func anInterruptedBuildLeavesThePreviousOutput() throws {
        let site = try TestSite()
        defer { site.remove() }
        let output = OutputFolder(site.url("out"))
        try StagedWrite(output: output).publish([Page(path: "index.html", text: "old")])
        let pages = (0..<50).map { Page(path: "p\($0)/index.html", text: "new") }
        #expect(throws: DossierError.interrupted) {
            try StagedWrite(output: output).publish(pages, shouldStop: { true })
        }
        #expect(Self.snapshot(output.url)["index.html"] == Data("old".utf8))
        #expect(Self.siblings(of: output.url).filter { $0.contains("dossier-staging") || $0.contains("dossier-previous") }.isEmpty)
    }

    @Test func aFolderDossierDidNotMakeIsNeverEmptied() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        try site.write("mine/notes.txt", "keep me")
        #expect(throws: DossierError.self) { try SiteBuilder.build(root: site.root, output: site.url("mine")) }
        #expect(Self.snapshot(site.url("mine")) == ["notes.txt": Data("keep me".utf8)])
    }

    @Test(arguments: [".", "Content", "Content/out", "Templates/out", ".."])
    func theSiteAndEditorsFoldersAreRefused(_ path: String) throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let before = Self.snapshot(site.root)
        let target = path == "." ? site.root : site.root.appendingPathComponent(path)
        #expect(throws: DossierError.self) { try SiteBuilder.build(root: site.root, output: target) }
        #expect(Self.snapshot(site.root) == before)
    }

    @Test func anEmptyFolderIsUsed() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.url("fresh"), withIntermediateDirectories: true)
        try SiteBuilder.build(root: site.root, output: site.url("fresh"))
        #expect(Self.snapshot(site.url("fresh")).keys.contains(OutputFolder.markName))
    }

    @Test func aKilledBuildsStagingIsRemovedByTheNextBuild() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        // No process has this id (above the kernel's pid_max), as after `kill -9`.
        let abandoned = site.url(".site.dossier-staging-99999999")
        try FileManager.default.createDirectory(at: abandoned, withIntermediateDirectories: true)
        try SiteBuilder.build(root: site.root, output: site.url("site"))
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
    }
}
