import Testing
@testable import DossierCore

@Suite struct RenderURLTests {
    @Test func linksClimbToTheRootThenDescend() {
        #expect(RelativeURL.from("index.html", to: "actors/lloyd-austin/index.html") == "actors/lloyd-austin/index.html")
        #expect(RelativeURL.from("briefs/index.html", to: "actors/lloyd-austin/index.html") == "../actors/lloyd-austin/index.html")
        #expect(RelativeURL.from("briefs/x/index.html", to: "actors/lloyd-austin/index.html") == "../../actors/lloyd-austin/index.html")
        #expect(RelativeURL.from("briefs/x/index.html", to: "assets/style.css") == "../../assets/style.css")
        #expect(RelativeURL.from("a/b/c/index.html", to: "index.html") == "../../../index.html")
    }

    @Test func aPlaceOnTheSamePageIsItsFragment() {
        #expect(RelativeURL.from("briefs/x/index.html", to: "briefs/x/index.html#source-a") == "#source-a")
        #expect(RelativeURL.from("briefs/y/index.html", to: "briefs/x/index.html#source-a") == "../../briefs/x/index.html#source-a")
    }

    @Test func pageContextLinksAgreeWithRelativeURL() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let graph = try #require(try site.check().0)
        for page in ["index.html", "briefs/index.html", "briefs/nk-troops/index.html", "404.html"] {
            let context = PageContext(graph: graph, path: page)
            for target in [SitePath.actor("kremlin"), SitePath.source("pentagon", inBrief: "nk-troops"), SitePath.stylesheet] {
                #expect(context.href(target) == RelativeURL.from(page, to: target))
            }
            #expect(context.href(section: SitePath.actorSection, "kremlin") == RelativeURL.from(page, to: SitePath.actor("kremlin")))
            #expect(context.href(section: SitePath.briefSection, "nk-troops") == RelativeURL.from(page, to: SitePath.brief("nk-troops")))
        }
    }

    @Test func textsAreJoinedWholeWhateverTheirLengthAndScript() {
        let long = String(repeating: "ab", count: 40)
        #expect(String.joined("", "") == "")
        #expect(String.joined("a", "", "b") == "ab")
        #expect(String.joined(long, "é", "Кремль", "", "👩‍👩‍👧") == long + "éКремль👩‍👩‍👧")
        #expect(String.joined("../../", "actors/", "x", "/index.html").utf8.count == 25)
    }
}
