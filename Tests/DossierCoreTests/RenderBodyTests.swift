import Testing
@testable import DossierCore

@Suite struct RenderBodyTests {
    private func renderBody(of brief: String, at page: String = SitePath.brief("nk-troops")) throws -> String {
        let site = try Fixture.site(["Content/briefs/nk-troops.md": brief])
        defer { site.remove() }
        let (linked, report) = try site.check()
        let graph = try #require(linked, "\(report.lines())")
        let subject = try #require(graph.brief("nk-troops"))
        return try BodyHTML.render(subject.body, brief: subject, in: PageContext(graph: graph, path: page))
    }

    @Test func referencesBecomeRelativeLinksAndEmptyTextIsFilled() throws {
        let html = try renderBody(of: Fixture.brief)
        #expect(html == """
        <p><a href="../../actors/lloyd-austin/index.html">Lloyd Austin</a> said \
        <a href="../../figures/nk-troops/index.html">at least 3,000 troops</a> are in Russia.</p>
        <p>The <a href="../../actors/kremlin/index.html">Kremlin</a> denies \
        <a href="../../claims/troops-sent/index.html">it</a>.</p>

        """)
    }

    @Test func sourcesBriefsAndClaimsAreFilledToo() throws {
        let brief = Fixture.brief(
            replacing: "The [Kremlin](actor:kremlin) denies [it](claim:troops-sent).",
            with: "[](claim:troops-sent) See [](source:pentagon), [](brief:nk-troops) and [the map](https://example.org/map?a=1&b=2).")
        let html = try renderBody(of: brief)
        #expect(html.contains("""
        <p><a href="../../claims/troops-sent/index.html">North Korea has sent troops to Russia.</a> \
        See <a href="#source-pentagon">Remarks by the Secretary</a>, \
        <a href="../../briefs/nk-troops/index.html">North Korean troops in Russia</a> and \
        <a href="https://example.org/map?a=1&amp;b=2">the map</a>.</p>
        """), "\(html)")
    }

    @Test func aSourceSeenFromAnotherPageLinksToItsURL() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let graph = try #require(try site.check().0)
        let context = PageContext(graph: graph, path: SitePath.actor("lloyd-austin"))
        let rewrite = BodyHTML.rewrite(.source, "pentagon", brief: nil, in: context)
        #expect(rewrite?.destination == "https://example.org/remarks")
        #expect(rewrite?.fillText == "Remarks by the Secretary")
        let figure = BodyHTML.rewrite(.figure, "nk-troops", brief: nil, in: context)
        #expect(figure?.destination == "../../figures/nk-troops/index.html")
        #expect(figure?.fillText == "North Korean troops in Russia")
    }

    @Test func rawHTMLAndScriptURLsAreDroppedInSafeMode() throws {
        let brief = Fixture.brief(
            replacing: "The [Kremlin](actor:kremlin) denies [it](claim:troops-sent).",
            with: "<script>alert(1)</script>\n\n[click](javascript:alert(1))")
        let html = try renderBody(of: brief)
        #expect(!html.contains("<script>"))
        #expect(html.contains(#"<a href="">click</a>"#), "\(html)")
    }
}
