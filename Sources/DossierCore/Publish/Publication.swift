/// The publish stage: the files for machines beside the pages for people. The search
/// index and the open data are always written; the feeds, sitemap and robots.txt need
/// absolute addresses and are written only when `dossier.yml` gives a `base_url`.
/// Pure: the same graph gives the same files, byte for byte.
enum Publication {
    /// `pages` are the site's rendered pages, which the sitemap lists.
    static func files(for graph: SiteGraph, pages: [Page]) -> [Page] {
        var files = [
            Page(path: SitePath.searchIndex, text: SearchIndex.script(for: graph)),
            Page(path: SitePath.graphData, text: OpenData.graphJSON(graph)),
            Page(path: SitePath.figuresData, text: FiguresCSV.text(graph)),
        ]
        guard let address = SiteAddress(graph.settings) else { return files }
        for channel in AtomFeed.channels(for: graph) {
            files.append(Page(path: channel.path, text: AtomFeed.xml(channel, graph: graph, address: address)))
        }
        files.append(Page(path: SitePath.sitemap, text: Sitemap.xml(pagePaths: pages.map(\.path), graph: graph, address: address)))
        files.append(Page(path: SitePath.robots, text: Sitemap.robots(address: address)))
        return files
    }

    /// Said once per build: what is left out for want of a `base_url`.
    static func warnings(for settings: SiteSettings) -> [Diagnostic] {
        guard settings.baseURL == nil else { return [] }
        return [.warning("no base_url: the Atom feeds, sitemap.xml, robots.txt and canonical links are not written",
                         at: SourceLocation(path: "dossier.yml"))]
    }
}
