import Foundation
import Testing
@testable import DossierCore

/// A first build makes its brief folders while it links; what fails still leaves
/// nothing behind, and the pages are those a build without it writes.
@Suite struct FoldersAheadTests {
    @Test func aFirstBuildThatFailsLeavesNoOutputAndNoStaging() throws {
        var briefs: [String: String] = [:]
        for index in 0..<40 {
            briefs["Content/briefs/brief-\(index).md"] = Fixture.brief(replacing: "title: North Korean troops in Russia",
                                                                         with: "title: Brief \(index)")
        }
        briefs["Content/briefs/brief-7.md"] = Fixture.brief(replacing: "date: 2024-10-24", with: "date: soon")
        let site = try Fixture.site(briefs)
        defer { site.remove() }
        let output = site.url("site")
        #expect(throws: DossierError.self) { try SiteBuilder.build(root: site.root, output: output) }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(OutputSafetyTests.siblings(of: output).filter { $0.contains("dossier-staging") }.isEmpty)
    }

    @Test func foldersAreMadeInOrderUntilTheMakerIsStopped() throws {
        let site = try TestSite()
        defer { site.remove() }
        var asked = 0
        let made = PageWriter.makeFolders(["briefs/a", "briefs/b", "briefs/c", "deeper/x/y"], into: site.root.path) {
            asked += 1
            return asked > 2
        }
        #expect(made == ["briefs", "briefs/a", "briefs/b"])
        #expect(FileManager.default.fileExists(atPath: site.url("briefs/b").path))
        #expect(!FileManager.default.fileExists(atPath: site.url("briefs/c").path))
    }

    @Test func theWriterUsesTheFoldersMadeAndRemovesThoseLeftEmpty() throws {
        let site = try TestSite()
        defer { site.remove() }
        let made = PageWriter.makeFolders(["briefs/a", "briefs/gone"], into: site.root.path) { false }
        let files = [OutputFile(Page(path: "briefs/a/index.html", text: "a")),
                     OutputFile(Page(path: "briefs/b/index.html", text: "b"))]
        let stamps = try PageWriter.write(files, into: site.root, made: made)
        #expect(FileTree.snapshot(site.root).keys.sorted() == ["briefs/a/index.html", "briefs/b/index.html"])
        #expect(!FileManager.default.fileExists(atPath: site.url("briefs/gone").path))
        // The stamps it returns are those the files have on disk: the build cache records them.
        #expect(stamps.count == 2)
        for path in ["briefs/a/index.html", "briefs/b/index.html"] {
            #expect(stamps[path] != nil && stamps[path] == FileStamp.of(site.url(path).path), "\(path)")
        }
    }
}
