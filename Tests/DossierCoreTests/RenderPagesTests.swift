import Foundation
import Testing
@testable import DossierCore

@Suite struct RenderPagesTests {
    private func render(_ site: TestSite) throws -> [String: String] {
        let (linked, report) = try site.check()
        let graph = try #require(linked, "\(report.lines())")
        let pages = try SiteRenderer.pages(for: graph, theme: try Theme.load(overrides: [:]))
        return Dictionary(uniqueKeysWithValues: pages.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func everyPageIsThere() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let pages = try render(site)
        #expect(pages.keys.sorted() == [
            "404.html", "actors/index.html", "actors/kremlin/index.html", "actors/lloyd-austin/index.html",
            "assets/search-index.js", "assets/search.js", "assets/style.css", "briefs/index.html",
            "briefs/nk-troops/index.html", "claims/index.html", "claims/troops-sent/index.html", "data/figures.csv",
            "data/graph.json", "figures/index.html", "figures/nk-troops/index.html", "index.html", "search/index.html",
        ])
    }

    @Test func aScriptInATitleIsEscapedEverywhere() throws {
        let brief = Fixture.brief(replacing: "title: North Korean troops in Russia",
                                  with: #"title: "<script>alert('x')</script> & co""#)
        let site = try Fixture.site(["Content/briefs/nk-troops.md": brief])
        defer { site.remove() }
        let pages = try render(site)
        for path in ["briefs/nk-troops/index.html", "index.html", "briefs/index.html", "actors/kremlin/index.html"] {
            let html = try #require(pages[path])
            #expect(!html.contains("<script>"), "\(path)")
            #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"), "\(path)")
        }
    }

    @Test func theBriefPageShowsTheBottomLineFirstAndLinksRelatively() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let html = try #require(try render(site)["briefs/nk-troops/index.html"])
        let bottomLine = try #require(html.range(of: "Bottom line"))
        let body = try #require(html.range(of: #"<section class="prose""#))
        #expect(bottomLine.lowerBound < body.lowerBound)
        #expect(html.contains(#"<link rel="stylesheet" href="../../assets/style.css">"#))
        #expect(html.contains(#"<title>North Korean troops in Russia — Dossier</title>"#))
        #expect(html.contains(#"<meta name="description" content="The US says about 3,000 troops are in Russia.">"#))
        #expect(html.contains(#"<li id="source-pentagon">"#))
        #expect(html.contains(#"href="https://example.org/remarks" rel="noopener""#))
        #expect(html.contains("at least 3,000 troops"))
        let links = html.matches(of: /href="([^"]*)"/).map { String($0.output.1) }
        for link in links where !link.hasPrefix("#") && !link.hasPrefix("https:") {
            #expect(link.hasPrefix("../../") && (link.hasSuffix("index.html") || link.hasSuffix(".css")), "\(link)")
        }
    }

    @Test func conflictingFiguresAreFlaggedInWords() throws {
        let brief = Fixture.brief(replacing: "    claim: troops-sent\nsources:", with: """
                claim: troops-sent
              - measure: nk-troops
                value: 1000
                unit: troops
                stated_by: kremlin
            sources:
            """)
        let site = try Fixture.site(["Content/briefs/nk-troops.md": brief])
        defer { site.remove() }
        let html = try #require(try render(site)["figures/nk-troops/index.html"])
        #expect(html.contains("Conflict: cannot be true together with value"), "\(html)")
    }

    @Test func renderingIsDeterministic() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        #expect(try render(site) == render(site))
    }

    @Test func theExampleSiteRenders() throws {
        let (linked, _) = try Checker.check(root: Repository.root)
        let graph = try #require(linked)
        let theme = try Theme.load(overrides: [:])
        let first = try SiteRenderer.pages(for: graph, theme: theme)
        #expect(first.map(\.path) == first.map(\.path).sorted())
        #expect(first.contains { $0.path == "briefs/nk-troops-in-russia/index.html" })
        #expect(try SiteRenderer.pages(for: graph, theme: theme) == first)
    }
}
