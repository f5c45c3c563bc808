import Foundation
import Testing
@testable import DossierCore

@Suite struct CheckCleanTests {
    @Test func theFixtureSiteIsClean() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let (linked, report) = try site.check()
        #expect(report.diagnostics.isEmpty, "\(report.lines())")
        let graph = try #require(linked)
        #expect(graph.briefs.map { $0.slug } == ["nk-troops"])
        #expect(graph.actors["lloyd-austin"]?.name == "Lloyd Austin")
        #expect(graph.actors["kremlin"]?.country == "RU")
        #expect(graph.claims["troops-sent"]?.status == .reported)
        #expect(graph.claims["troops-sent"]?.stances.map { $0.kind } == [StanceKind.asserts, .denies])
        #expect(graph.measures["nk-troops"]?.figures.first?.amount == .value(3000))
        #expect(graph.sources["pentagon"]?.grade == .a)
    }

    /// `dossier check` says what `dossier build` would warn of, and exits 0 for warnings.
    @Test func theCommandWarnsAsABuildWould() throws {
        let dossier = try #require(Executable.dossier, "the dossier executable is not built beside the tests")
        let site = try Fixture.site()
        defer { site.remove() }
        let warned = try Executable.run(dossier, ["check", site.root.path])
        #expect(warned.status == 0)
        #expect(warned.standardError == """
            dossier.yml:1:1: warning: no base_url: the Atom feeds, sitemap.xml, robots.txt and canonical links are not written
            1 warning in 1 file

            """)
        try site.write("dossier.yml", "base_url: https://example.org/desk/\n")
        let quiet = try Executable.run(dossier, ["check", site.root.path])
        #expect(quiet.status == 0)
        #expect(quiet.standardError == "")
    }

    @Test func theExampleSiteIsClean() throws {
        let (graph, report) = try Checker.check(root: Repository.root)
        #expect(report.diagnostics.isEmpty, "\(report.lines())")
        #expect((graph?.briefs.count ?? 0) >= 2)
    }

    @Test func aThousandGeneratedBriefsAreClean() throws {
        let corpus = FileTree.temporaryFolder("corpus")
        defer { try? FileManager.default.removeItem(at: corpus) }
        try Repository.generateCorpus(briefs: 1000, into: corpus)
        let (graph, report) = try Checker.check(root: corpus)
        #expect(report.diagnostics.isEmpty, "\(report.lines(limit: 20))")
        #expect(graph?.briefs.count == 1000)
    }
}
