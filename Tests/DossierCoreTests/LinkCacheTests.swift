import Testing
@testable import DossierCore

/// Links to entity pages are made once per thread for the pages one folder deep, and
/// are the links those pages would make themselves.
@Suite struct LinkCacheTests {
    @Test func aPageAtTheCachesDepthGetsTheSameLinksMadeOnce() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let graph = try #require(try site.check().0)
        let cache = LinkCache(rootPrefix: "../../")
        let plain = PageContext(graph: graph, path: SitePath.claim("troops-sent"))
        for page in [SitePath.claim("troops-sent"), SitePath.actor("kremlin")] {
            let context = PageContext(graph: graph, path: page, links: cache)
            #expect(context.actor("lloyd-austin") == plain.actor("lloyd-austin"))
            #expect(context.claim("troops-sent") == plain.claim("troops-sent"))
            #expect(context.brief("nk-troops") == plain.brief("nk-troops"))
            #expect(context.measure("nk-troops") == plain.measure("nk-troops"))
        }
        #expect(cache.count == 4)
        let made = PageContext(graph: graph, path: SitePath.actor("kremlin"), links: cache).actor("lloyd-austin")
        #expect(made.href == "../../actors/lloyd-austin/index.html")
        #expect(made.text == "Lloyd Austin")
        #expect(RenderTemplateFieldsTests.text(made.templateValue) == RenderTemplateFieldsTests.text(plain.actor("lloyd-austin").templateValue))
    }

    @Test func pagesAtOtherDepthsMakeTheirOwn() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let graph = try #require(try site.check().0)
        let cache = LinkCache(rootPrefix: "../../")
        let list = PageContext(graph: graph, path: SitePath.actors, links: cache)
        #expect(list.actor("lloyd-austin").href == "../actors/lloyd-austin/index.html")
        let home = PageContext(graph: graph, path: SitePath.home, links: cache)
        #expect(home.claim("troops-sent").href == "claims/troops-sent/index.html")
        #expect(cache.count == 0)
    }

    @Test func aBriefAndAMeasureOfOneIDAreTwoLinks() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let graph = try #require(try site.check().0)
        let cache = LinkCache(rootPrefix: "../../")
        let context = PageContext(graph: graph, path: SitePath.actor("kremlin"), links: cache)
        #expect(context.brief("nk-troops").href == "../../briefs/nk-troops/index.html")
        #expect(context.measure("nk-troops").href == "../../figures/nk-troops/index.html")
        #expect(cache.count == 2)
        #expect(cache.link(.brief, "nk-troops")?.href == "../../briefs/nk-troops/index.html")
        #expect(cache.link(.measure, "nk-troops")?.href == "../../figures/nk-troops/index.html")
        #expect(cache.link(.actor, "nk-troops") == nil)
    }
}
