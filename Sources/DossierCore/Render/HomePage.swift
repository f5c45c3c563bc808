/// `index.html`: the latest briefs, the most-contested claims and the site's counts.
struct HomePage: Sendable, Encodable {
    static let latestCount = 10
    static let contestedCount = 10

    var layout: Layout
    var siteTitle: String
    var siteDescription: String?
    var latest: [BriefItem]
    var contested: [ClaimItem]
    var counts: [CountView]
    var hasLatest: Bool
    var hasContested: Bool
    var moreBriefs: Bool
    var allBriefs: String

    init(in context: PageContext) {
        let graph = context.graph
        layout = context.layout(title: "Home", description: nil, section: nil, structuredData: [JSONLD.site(in: context)])
        siteTitle = graph.settings.title
        siteDescription = graph.settings.description
        latest = graph.briefs.indices.prefix(HomePage.latestCount).map { BriefItem(at: $0, in: context) }
        contested = ContestedClaims.ranked(graph).prefix(HomePage.contestedCount).map { ClaimItem($0, in: context) }
        counts = [
            CountView(number: graph.briefs.count, singular: "brief", plural: "briefs", href: context.href(SitePath.briefs)),
            CountView(number: graph.actors.count, singular: "actor", plural: "actors", href: context.href(SitePath.actors)),
            CountView(number: graph.claims.count, singular: "claim", plural: "claims", href: context.href(SitePath.claims)),
            CountView(number: graph.measures.values.reduce(0) { $0 + $1.figures.count },
                      singular: "figure", plural: "figures", href: context.href(SitePath.figures)),
        ]
        (hasLatest, hasContested) = (!latest.isEmpty, !contested.isEmpty)
        moreBriefs = graph.briefs.count > HomePage.latestCount
        allBriefs = context.href(SitePath.briefs)
    }
}

struct CountView: Sendable, Encodable {
    var number: String
    var noun: String
    var href: String

    init(number: Int, singular: String, plural: String, href: String) {
        self.number = FigureText.format(Double(number))
        noun = number == 1 ? singular : plural
        self.href = href
    }
}

/// Which claims are most contested: the most `denies` and `disputes` stances, then a
/// `contested` status; claims with neither are not contested.
enum ContestedClaims {
    /// Most opposed first, then contested ones, then by id; each claim's rank is
    /// made once, not at every comparison, and only the claims ranked are copied.
    static func ranked(_ graph: SiteGraph) -> [Claim] {
        typealias Rank = (against: Int, contested: Int, id: String)
        let ranked = graph.claims.compactMap { id, claim -> Rank? in
            let rank = (-claim.opposition, claim.status == .contested ? 0 : 1, id)
            return rank.0 < 0 || rank.1 == 0 ? rank : nil
        }
        return ranked.sorted { $0 < $1 }.map { graph.claims[$0.id]! }
    }
}

/// `404.html`: served for any missing path, at any depth, so its links cannot be relative:
/// they start from the site's `base_url`, or from the server root ("/") without one.
struct NotFoundPage: Sendable, Encodable {
    var layout: Layout
    var home: String

    init(graph: SiteGraph) {
        let context = PageContext(graph: graph, path: SitePath.notFound, rootPrefix: graph.settings.baseURL ?? "/")
        layout = context.layout(title: "Page not found", description: nil, section: nil)
        home = context.href(SitePath.home)
    }
}
