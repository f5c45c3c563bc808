/// One page being rendered: the graph, and where the page stands in the output folder,
/// so that every link made here is relative to it.
struct PageContext: Sendable {
    /// The graph, held by reference: a context is copied into many of the rows and items
    /// a page is made of, and each copy of the graph itself kept and let go some thirty
    /// references (its tables), a few percent of a build.
    private let held: Held
    /// The page's own path: `briefs/x/index.html`.
    let path: String
    /// What leads from this page to the site root: "../../", or for the 404 page,
    /// which is served at any depth, the site's `base_url` (or "/" without one).
    let rootPrefix: String
    /// Links to entity pages made for earlier pages at this depth, if any.
    private let links: LinkCache?

    private final class Held: Sendable {
        let graph: SiteGraph
        init(_ graph: SiteGraph) { self.graph = graph }
    }

    /// Lent, not copied.
    var graph: SiteGraph {
        _read { yield held.graph }
    }

    /// `links`: a cache of links for pages at its depth; used when this page is one.
    init(graph: SiteGraph, path: String, links: LinkCache? = nil) {
        self.init(graph: graph, path: path, rootPrefix: RelativeURL.prefix(toRootFrom: path), links: links)
    }

    init(graph: SiteGraph, path: String, rootPrefix: String, links: LinkCache? = nil) {
        (held, self.path, self.rootPrefix) = (Held(graph), path, rootPrefix)
        self.links = links?.rootPrefix == rootPrefix ? links : nil
    }

    /// The link to `target`, a path from the site root, possibly with a `#fragment`.
    func href(_ target: String) -> String {
        let target8 = target.utf8, path8 = path.utf8
        if target8.count > path8.count, target8.starts(with: path8),
           target8[target8.index(target8.startIndex, offsetBy: path8.count)] == UInt8(ascii: "#") {
            return String(decoding: target8.dropFirst(path8.count), as: UTF8.self)
        }
        return String.joined(rootPrefix, target)
    }

    /// `href(SitePath.actor(id))` and the like, made as one string: links are most of
    /// what a page holds.
    func href(section: String, _ id: String) -> String {
        String.joined(rootPrefix, section, id, SitePath.pageFile)
    }

    // The links to entity pages are looked up in the cache, and made only when missing,
    // without a closure: a closure that makes the link captures the context, and forming
    // it copied the context twice (five counts kept and let go each time) on every link,
    // found or not.

    func actor(_ id: String) -> LinkView {
        if let link = links?.link(.actor, id) { return link }
        return kept(LinkView(text: graph.actors[id]?.name ?? id, href: href(section: SitePath.actorSection, id)), .actor, id)
    }

    func claim(_ id: String) -> LinkView {
        if let link = links?.link(.claim, id) { return link }
        return kept(LinkView(text: graph.claims[id]?.text ?? id, href: href(section: SitePath.claimSection, id)), .claim, id)
    }

    func brief(_ slug: String) -> LinkView {
        if let link = links?.link(.brief, slug) { return link }
        return kept(LinkView(text: graph.briefTitle(slug) ?? slug, href: href(section: SitePath.briefSection, slug)), .brief, slug)
    }

    /// The link to a brief at hand: `brief(slug)` without looking the brief up again.
    /// Given its two fields, not the brief: a brief lent to a function that is not
    /// inlined is copied whole first, each of its texts and lists kept and let go.
    func link(toBrief slug: String, title: String) -> LinkView {
        if let link = links?.link(.brief, slug) { return link }
        return kept(LinkView(text: title, href: href(section: SitePath.briefSection, slug)), .brief, slug)
    }

    func measure(_ id: String) -> LinkView {
        if let link = links?.link(.measure, id) { return link }
        return kept(LinkView(text: measureLabel(id), href: href(section: SitePath.measureSection, id)), .measure, id)
    }

    /// `link`, kept in the cache when there is one.
    private func kept(_ link: LinkView, _ kind: LinkCache.Kind, _ id: String) -> LinkView {
        links?.keep(link, kind, id) ?? link
    }

    func measureLabel(_ id: String) -> String { graph.measures[id]?.label ?? id }

    /// Where a source is shown: in the sources section of `brief` when that brief lists it;
    /// else its own URL; else the sources section of the newest brief that lists it.
    func sourceTarget(_ id: String, brief slug: String?) -> (href: String, external: Bool)? {
        if let slug, graph.brief(slug, listsSource: id) {
            return (href(SitePath.source(id, inBrief: slug)), false)
        }
        if let url = graph.sources[id]?.url { return (url, true) }
        if let listing = graph.relations.newestBriefListing[id] {
            return (href(SitePath.source(id, inBrief: listing)), false)
        }
        return nil
    }

    func source(_ id: String, brief slug: String?) -> LinkView {
        let title = graph.sources[id]?.displayTitle ?? id
        guard let target = sourceTarget(id, brief: slug) else { return .plain(title) }
        return LinkView(text: title, href: target.href, external: target.external)
    }

    /// `structuredData` is the page's JSON-LD blocks (`JSONLD`; a node of `pageType` when
    /// nil); `feed` the page's own Atom feed, if it has one (feeds exist only with a
    /// `base_url`).
    func layout(title: String, description: String?, section: NavSection?,
                pageType: String = "WebPage", structuredData: [String]? = nil, feed: FeedLink? = nil) -> Layout {
        let settings = graph.settings
        let description = description ?? settings.description ?? settings.title
        let address = SiteAddress(settings)
        var feeds: [FeedLink] = []
        if address != nil {
            feeds.append(FeedLink(title: settings.title, href: href(SitePath.feed)))
            if let feed { feeds.append(feed) }
        }
        let blocks = structuredData ?? [JSONLD.webPage(pageType, title: title, description: description, in: self)]
        return Layout(
            language: settings.language,
            documentTitle: "\(title) — \(settings.title)",
            description: description,
            stylesheet: href(SitePath.stylesheet),
            home: href(SitePath.home),
            siteTitle: settings.title,
            nav: NavSection.allCases.map { NavItem(label: $0.label, href: href($0.path), current: $0 == section) },
            search: href(SitePath.search),
            canonical: path == SitePath.notFound ? nil : address?.url(path),
            feeds: feeds,
            structuredData: blocks
        )
    }
}
