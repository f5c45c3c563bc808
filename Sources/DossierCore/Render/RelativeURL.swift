/// Links between pages, always relative so the site works from a plain folder
/// (`file://`) and under any base path. Paths are relative to the output folder,
/// with `/` separators, and page paths always end in `index.html`.
enum RelativeURL {
    /// The link from the page at `page` to `target` (which may carry a `#fragment`):
    /// `briefs/x/index.html` → `actors/y/index.html` is `../../actors/y/index.html`;
    /// a link to a place on the same page is its fragment alone.
    static func from(_ page: String, to target: String) -> String {
        let (targetPath, fragment) = splitFragment(target)
        if targetPath == page, let fragment { return "#" + fragment }
        return prefix(toRootFrom: page) + target
    }

    /// "../" once per folder the page is in: "" for `index.html`, "../../" for `briefs/x/index.html`.
    static func prefix(toRootFrom page: String) -> String {
        String(repeating: "../", count: page.count(where: { $0 == "/" }))
    }

    private static func splitFragment(_ target: String) -> (String, String?) {
        guard let hash = target.firstIndex(of: "#") else { return (target, nil) }
        return (String(target[..<hash]), String(target[target.index(after: hash)...]))
    }
}

/// Where each kind of page lives in the output folder.
enum SitePath {
    static let home = "index.html"
    static let notFound = "404.html"
    static let stylesheet = "assets/style.css"
    static let briefs = "briefs/index.html"
    static let actors = "actors/index.html"
    static let claims = "claims/index.html"
    static let figures = "figures/index.html"
    static let search = "search/index.html"
    static let searchScript = "assets/search.js"
    static let searchIndex = "assets/search-index.js"
    static let feed = "feed.xml"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    static let graphData = "data/graph.json"
    static let figuresData = "data/figures.csv"

    /// What follows the id in an entity page's path: each page is its folder's index.
    static let pageFile = "/index.html"
    static let briefSection = "briefs/"
    static let actorSection = "actors/"
    static let claimSection = "claims/"
    static let measureSection = "figures/"

    static func brief(_ slug: String) -> String { String.joined(briefSection, slug, pageFile) }
    static func actor(_ id: String) -> String { String.joined(actorSection, id, pageFile) }
    static func claim(_ id: String) -> String { String.joined(claimSection, id, pageFile) }
    static func measure(_ id: String) -> String { String.joined(measureSection, id, pageFile) }
    static func actorFeed(_ id: String) -> String { "actors/\(id)/feed.xml" }
    static func claimFeed(_ id: String) -> String { "claims/\(id)/feed.xml" }
    /// A source is shown in the sources section of each brief that lists it.
    static func source(_ id: String, inBrief slug: String) -> String {
        String.joined(briefSection, slug, pageFile, "#source-", id)
    }
}
