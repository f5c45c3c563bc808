/// `search/index.html`: the search box, filled in from `?q=` by `assets/search.js` over the
/// index in `assets/search-index.js`; without JavaScript it points to the index pages.
struct SearchPage: Sendable, Encodable {
    var layout: Layout
    /// What leads from this page to the site root; the script prefixes result paths with it.
    var root: String
    var indexScript: String
    var searchScript: String
    var indexPages: [LinkView]

    init(in context: PageContext) {
        layout = context.layout(title: "Search", description: "Search the briefs, actors and claims.", section: nil,
                                pageType: "SearchResultsPage")
        root = context.rootPrefix
        indexScript = context.href(SitePath.searchIndex)
        searchScript = context.href(SitePath.searchScript)
        indexPages = NavSection.allCases.map { LinkView(text: $0.label, href: context.href($0.path)) }
    }
}
