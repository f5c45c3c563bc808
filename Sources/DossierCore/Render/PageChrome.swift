/// What every page shares, for the `layout` template: head, site header, nav, footer.
struct Layout: Sendable, Encodable {
    var language: String
    /// "Page — Site title".
    var documentTitle: String
    var description: String
    var stylesheet: String
    var home: String
    var siteTitle: String
    var nav: [NavItem]
    /// The search page, for the search form in the header.
    var search: String
    /// The page's public address, with a `base_url`.
    var canonical: String?
    /// The Atom feeds that follow this page: the site's, and an actor's or claim's own.
    var feeds: [FeedLink]
    /// The JSON-LD blocks, escaped for `<script>`.
    var structuredData: [String]
}

struct FeedLink: Sendable, Encodable {
    var title: String
    var href: String
}

struct NavItem: Sendable, Encodable {
    var label: String
    var href: String
    /// The section the page belongs to: marked `aria-current`.
    var current: Bool
}

/// The sections of the site nav.
enum NavSection: CaseIterable {
    case briefs, actors, claims, figures

    var label: String {
        switch self {
        case .briefs: "Briefs"
        case .actors: "Actors"
        case .claims: "Claims"
        case .figures: "Figures"
        }
    }

    var path: String {
        switch self {
        case .briefs: SitePath.briefs
        case .actors: SitePath.actors
        case .claims: SitePath.claims
        case .figures: SitePath.figures
        }
    }
}
