/// `sitemap.xml` (sitemaps.org 0.9) and `robots.txt`, which points to it. Both need
/// absolute addresses, so they are written only with a `base_url`.
enum Sitemap {
    /// Every page of the site but the 404 and search pages, by address, with the date
    /// its content last changed where the site knows it.
    static func xml(pagePaths: [String], graph: SiteGraph, address: SiteAddress) -> String {
        let changed = lastChanged(graph)
        let excluded: Set = [SitePath.notFound, SitePath.search]
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        ]
        let pages = pagePaths.filter { $0.hasSuffix(".html") && !excluded.contains($0) }
        for (path, url) in pages.map({ ($0, address.url($0)) }).sorted(by: { $0.1.bytewisePrecedes($1.1) }) {
            var entry = "<url><loc>\(XMLText.escape(url))</loc>"
            if let day = changed[path] { entry += "<lastmod>\(day)</lastmod>" }
            lines.append(entry + "</url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func robots(address: SiteAddress) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(address.url(SitePath.sitemap))\n"
    }

    /// Brief pages: the brief's last change. Actor and claim pages, the home page and the
    /// brief list: the newest change among the briefs they show.
    private static func lastChanged(_ graph: SiteGraph) -> [String: Day] {
        var days: [String: Day] = [:]
        for brief in graph.briefs { days[SitePath.brief(brief.slug)] = brief.lastChanged }
        func newest(_ slugs: [String]?) -> Day? { slugs?.compactMap { graph.brief($0)?.lastChanged }.max() }
        for id in graph.actors.keys { days[SitePath.actor(id)] = newest(graph.relations.briefsByActor[id]) }
        for id in graph.claims.keys { days[SitePath.claim(id)] = newest(graph.relations.briefsByClaim[id]) }
        let all = newest(graph.briefs.map(\.slug))
        days[SitePath.home] = all
        days[SitePath.briefs] = all
        return days
    }
}
