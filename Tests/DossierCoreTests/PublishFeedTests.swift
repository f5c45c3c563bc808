import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DossierCore

/// The Atom feeds, sitemap and robots.txt: parsed with a real XML parser and checked
/// against what RFC 4287 and sitemaps.org require, and against what they should hold.
@Suite struct PublishFeedTests {
    static let atom = "http://www.w3.org/2005/Atom"
    static let base = "https://example.org/desk/"

    private func document(_ built: BuiltSite, _ path: String) throws -> XMLElement {
        let data = try #require(built.data(path), "\(path) was not written")
        return try #require(try XMLDocument(data: data, options: []).rootElement())
    }

    private func children(_ element: XMLElement, _ name: String) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == name }
    }

    private func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    private func text(_ element: XMLElement, _ name: String) -> String? { children(element, name).first?.stringValue }

    /// RFC 4287: a feed has one id, title and updated, and an author (or every entry has
    /// one); an entry has one id, title and updated and, without content, an alternate link.
    private func checkAtom(_ feed: XMLElement, path: String) throws {
        #expect(feed.localName == "feed" && feed.uri == Self.atom, "\(path): not an Atom feed")
        for name in ["id", "title", "updated"] {
            #expect(children(feed, name).count == 1, "\(path): feed needs exactly one \(name)")
        }
        #expect(children(feed, "author").count == 1, "\(path): feed has no author")
        #expect(children(feed, "link").contains { attribute($0, "rel") == "self" }, "\(path)")
        for entry in children(feed, "entry") {
            for name in ["id", "title", "updated"] {
                #expect(children(entry, name).count == 1, "\(path): entry needs exactly one \(name)")
            }
            #expect(children(entry, "link").contains { attribute($0, "rel") == "alternate" }, "\(path)")
            #expect(text(entry, "id")?.hasPrefix(Self.base) == true, "\(path): entry id is not absolute")
        }
        for stamp in try feed.nodes(forXPath: "//*[local-name()='updated' or local-name()='published']") {
            #expect(stamp.stringValue?.wholeMatch(of: /\d{4}-\d{2}-\d{2}T00:00:00Z/) != nil, "\(path): \(stamp)")
        }
    }

    @Test func theSiteFeedHoldsEveryBriefNewestFirst() throws {
        let built = try BuiltSite(SiteOutputTests.fixture)
        defer { built.remove() }
        let feed = try document(built, "feed.xml")
        try checkAtom(feed, path: "feed.xml")
        let entries = children(feed, "entry")
        #expect(entries.compactMap { text($0, "id") } == [Self.base + "briefs/follow-up/", Self.base + "briefs/nk-troops/"])
        #expect(entries.compactMap { text($0, "updated") } == ["2024-11-03T00:00:00Z", "2024-10-24T00:00:00Z"])
        #expect(text(entries[1], "summary") == "The US says at least 3,000 North Korean troops are in Russia.")
        #expect(text(feed, "updated") == "2024-11-03T00:00:00Z", "the newest brief's updated date")
        #expect(text(feed, "title") == "Golden desk")
    }

    @Test func eachActorAndClaimHasAFeedOfItsBriefs() throws {
        let built = try BuiltSite(SiteOutputTests.fixture)
        defer { built.remove() }
        let austin = try document(built, "actors/lloyd-austin/feed.xml")
        try checkAtom(austin, path: "actors/lloyd-austin/feed.xml")
        #expect(children(austin, "entry").compactMap { text($0, "id") } == [Self.base + "briefs/nk-troops/"])
        #expect(text(austin, "updated") == "2024-10-24T00:00:00Z")
        let claim = try document(built, "claims/troops-sent/feed.xml")
        try checkAtom(claim, path: "claims/troops-sent/feed.xml")
        #expect(children(claim, "entry").count == 2)
        for path in ["actors/kremlin/feed.xml", "actors/us-government/feed.xml"] { try checkAtom(try document(built, path), path: path) }
        let page = try #require(built.text("actors/lloyd-austin/index.html"))
        #expect(page.contains(#"<link rel="alternate" type="application/atom+xml" title="Briefs that mention Lloyd Austin" href="../../actors/lloyd-austin/feed.xml">"#))
    }

    @Test func theSitemapListsEveryPageButTheErrorAndSearchPages() throws {
        let built = try BuiltSite(SiteOutputTests.fixture)
        defer { built.remove() }
        let sitemap = try document(built, "sitemap.xml")
        #expect(sitemap.localName == "urlset" && sitemap.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let urls = children(sitemap, "url")
        let locations = urls.compactMap { text($0, "loc") }
        #expect(locations == locations.sorted())
        let pages = built.pages.keys.filter { $0 != "404.html" && $0 != "search/index.html" }
        #expect(Set(locations) == Set(pages.map { Self.base + SiteAddress.folderForm($0) }))
        let followUp = try #require(urls.first { text($0, "loc") == Self.base + "briefs/follow-up/" })
        #expect(text(followUp, "lastmod") == "2024-11-03")
        let robots = try #require(built.text("robots.txt"))
        #expect(robots.contains("Sitemap: \(Self.base)sitemap.xml\n"))
    }

    @Test func pagesHaveTheirCanonicalAddress() throws {
        let built = try BuiltSite(SiteOutputTests.fixture)
        defer { built.remove() }
        #expect(built.text("briefs/nk-troops/index.html")?.contains(#"<link rel="canonical" href="https://example.org/desk/briefs/nk-troops/">"#) == true)
        #expect(built.text("index.html")?.contains(#"<link rel="canonical" href="https://example.org/desk/">"#) == true)
        #expect(built.text("404.html")?.contains("rel=\"canonical\"") == false)
    }

    @Test func withoutABaseURLTheBuildSaysSoOnceAndSkipsWhatNeedsIt() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let built = try BuiltSite(site.root)
        defer { built.remove() }
        #expect(built.report.diagnostics.map(\.description) == [
            "dossier.yml:1:1: warning: no base_url: the Atom feeds, sitemap.xml, robots.txt and canonical links are not written",
        ])
        for path in ["feed.xml", "sitemap.xml", "robots.txt", "actors/lloyd-austin/feed.xml", "claims/troops-sent/feed.xml"] {
            #expect(!built.exists(path), "\(path) written without a base_url")
        }
        for path in ["assets/search-index.js", "search/index.html", "data/graph.json", "data/figures.csv"] {
            #expect(built.exists(path), "\(path) missing")
        }
        for (path, html) in built.pages {
            #expect(!html.contains("rel=\"canonical\"") && !html.contains("application/atom+xml"), "\(path)")
        }
    }

    @Test func feedTextIsEscaped() throws {
        let brief = Fixture.brief(replacing: "title: North Korean troops in Russia", with: #"title: "Troops & <tanks> \"in\" 'Russia'""#)
        let site = try Fixture.site(["Content/briefs/nk-troops.md": brief, "dossier.yml": "base_url: https://example.org/desk/\n"])
        defer { site.remove() }
        let built = try BuiltSite(site.root)
        defer { built.remove() }
        let feed = try document(built, "feed.xml")
        #expect(children(feed, "entry").compactMap { text($0, "title") } == [#"Troops & <tanks> "in" 'Russia'"#])
        #expect(built.text("feed.xml")?.contains("Troops &amp; &lt;tanks&gt; &quot;in&quot; &apos;Russia&apos;") == true)
    }
}
