/// The publish stage: the files for machines beside the pages for people. The search
/// index and the open data are always written; the feeds, sitemap and robots.txt need
/// absolute addresses and are written only when `dossier.yml` gives a `base_url`.
/// Pure: the same graph gives the same files, byte for byte.
enum Publication {
    /// `pagePaths` are the paths of the site's other files, which the sitemap lists;
    /// `recordKeys` and `splice` are for `graph.json` (`OpenData.graphJSON`).
    static func files(for graph: SiteGraph, pagePaths: [String], recordKeys: OpenData.RecordKeys? = nil,
                      splice: RecordSplice? = nil) -> [OutputFile] {
        var files: [OutputFile] = [
            OutputFile(SitePath.searchIndex) { SearchIndex.script(for: graph) },
            .streamed(SitePath.graphData) { OpenData.graphJSON(graph, keys: recordKeys, splice: splice, emit: $0) },
            OutputFile(SitePath.figuresData) { FiguresCSV.bytes(graph) },
        ]
        guard let address = SiteAddress(graph.settings) else { return files }
        for channel in AtomFeed.channels(for: graph) {
            files.append(.text(channel.path) { AtomFeed.xml(channel, graph: graph, address: address) })
        }
        files.append(.text(SitePath.sitemap) { Sitemap.xml(pagePaths: pagePaths, graph: graph, address: address) })
        files.append(.text(SitePath.robots) { Sitemap.robots(address: address) })
        return files
    }

    /// Said once per build: what is left out for want of a `base_url`.
    static func warnings(for settings: SiteSettings) -> [Diagnostic] {
        guard settings.baseURL == nil else { return [] }
        return [.warning("no base_url: the Atom feeds, sitemap.xml, robots.txt and canonical links are not written",
                         at: SourceLocation(path: "dossier.yml"))]
    }
}
