/// The render stage: every page of the site from the linked graph, through the theme.
/// (Placeholder until the theme lands.)
enum SiteRenderer {
    static func pages(for graph: SiteGraph, theme: Theme) throws(DossierError) -> [Page] {
        []
    }
}

/// The templates a site is rendered with: the built-in ones, overridden by name by the
/// site's own `Templates/*.mustache`.
struct Theme: Sendable {
    static func load(overrides: [String: String]) throws(DossierError) -> Theme { Theme() }
}
