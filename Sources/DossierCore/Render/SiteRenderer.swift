/// The render stage: every page of the site from the linked graph, through the theme,
/// and the publish stage's files for machines (feeds, sitemap, search index, open data).
/// Pure: the same graph and theme give the same pages, byte for byte, sorted by path.
enum SiteRenderer {
    /// Every file of the site, made at once: for tests and small sites.
    static func pages(for graph: SiteGraph, theme: Theme) throws(DossierError) -> [Page] {
        let results = outputs(for: graph, theme: theme).parallelMap { file in
            Result { () throws(DossierError) -> Page in Page(path: file.path, bytes: try file.make()) }
        }
        var pages: [Page] = []
        for result in results { pages.append(try result.get()) }
        return pages
    }

    /// Every file of the site, sorted by path, each made when it is written; entity pages
    /// with their key, of which `build` (the program and its options) is part. `graph.json`
    /// notes its records in `splice`, and copies those the last build wrote under the
    /// same keys.
    static func outputs(for graph: SiteGraph, theme: Theme, build: ContentDigest = ContentDigest(),
                        splice: RecordSplice? = nil) -> [OutputFile] {
        let jobs = jobs(for: graph)
        var global = build
        global.add(theme.digest)
        global.add(graph.provenance.settings)
        let pages = jobs.compactMap { job in job.entity.map { (path: job.path, entity: $0) } }
        let keys = PageKeys.keys(for: pages, graph: graph, global: global)  // in the pages' order
        // Each file's maker holds the graph through one shared box: holding the graph
        // itself, 20,000 makers each kept every table it has.
        let shared = Shared(graph)
        let links = LinkCache.Pool(rootPrefix: RelativeURL.prefix(toRootFrom: SitePath.actor("x")))
        var recordKeys = OpenData.RecordKeys()
        var nextKey = keys.makeIterator()
        var files = jobs.map { job in
            var file = OutputFile(job.path) { () throws(DossierError) in
                try links.using { links throws(DossierError) in try theme.render(job.template, try job.model(shared.value, links)) }
            }
            if let entity = job.entity, let key = nextKey.next() {
                file.key = key
                recordKeys.append(key, of: entity.kind)
            }
            return file
        }
        files.append(.text(SitePath.stylesheet) { theme.stylesheet })
        files.append(.text(SitePath.searchScript) { theme.searchScript })
        files += Publication.files(for: graph, pagePaths: files.map(\.path), recordKeys: recordKeys, splice: splice)
        return files.sorted { $0.path.bytewisePrecedes($1.path) }
    }

    /// A value held by reference, for the many closures that need it.
    private final class Shared<Value: Sendable>: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// One page to render: where it goes, its template and how to make its view model.
    struct Job: Sendable {
        var path: String
        var template: String
        /// The entity the page is about; nil for the pages that list the whole site.
        var entity: EntityName?
        /// The view model from the graph, with links made for earlier pages, if given.
        var model: @Sendable (SiteGraph, LinkCache?) throws(DossierError) -> any Sendable & Encodable

        init(_ path: String, _ template: String, about entity: EntityName? = nil,
             _ model: @escaping @Sendable (PageContext) throws(DossierError) -> any Sendable & Encodable) {
            self.path = path
            self.template = template
            self.entity = entity
            self.model = { graph, links throws(DossierError) in try model(PageContext(graph: graph, path: path, links: links)) }
        }
    }

    /// The pages in this order: the lists, then each brief in the graph's order, each
    /// actor, claim and measure by id, as `graph.json` lists them (`OpenData.RecordKeys`).
    static func jobs(for graph: SiteGraph) -> [Job] {
        var jobs = [
            Job(SitePath.home, "home") { HomePage(in: $0) },
            Job(SitePath.briefs, "brief-list") { BriefListPage(in: $0) },
            Job(SitePath.actors, "actor-list") { ActorListPage(in: $0) },
            Job(SitePath.claims, "claim-list") { ClaimListPage(in: $0) },
            Job(SitePath.figures, "figure-list") { FigureListPage(in: $0) },
            Job(SitePath.notFound, "not-found") { NotFoundPage(graph: $0.graph) },
            Job(SitePath.search, "search") { SearchPage(in: $0) },
        ]
        // A brief's job names it by its place in the graph: a closure holding the brief
        // itself copied it whole, each of its fields kept and let go again.
        for index in graph.briefs.indices {
            let slug = graph.briefs[index].slug
            jobs.append(Job(SitePath.brief(slug), "brief", about: EntityName(kind: .brief, id: slug)) { context throws(DossierError) in
                try context.graph.withBrief(at: index) { brief throws(DossierError) in try BriefPage(brief, in: context) }
            })
        }
        for id in graph.actors.keys.sorted() {
            jobs.append(Job(SitePath.actor(id), "actor", about: EntityName(kind: .actor, id: id)) { context throws(DossierError) in try ActorPage(context.graph.actors[id]!, in: context) })
        }
        for id in graph.claims.keys.sorted() {
            jobs.append(Job(SitePath.claim(id), "claim", about: EntityName(kind: .claim, id: id)) { ClaimPage($0.graph.claims[id]!, in: $0) })
        }
        for id in graph.measures.keys.sorted() {
            jobs.append(Job(SitePath.measure(id), "figure", about: EntityName(kind: .figure, id: id)) { FigurePage($0.graph.measures[id]!, in: $0) })
        }
        return jobs
    }
}
