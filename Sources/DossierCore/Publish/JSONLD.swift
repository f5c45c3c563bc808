/// JSON-LD (schema.org) for every page, in `<script type="application/ld+json">` blocks.
/// Each block is one node with `@context`, `@type` and `@id`. Ids are stable: a page's
/// address, with a fragment for the thing it is about (`…/actors/x/#actor`), absolute
/// from `base_url` or else relative to the page, which resolves to the same IRI from
/// every page. Values are escaped so that none can end the script element.
enum JSONLD {
    static let context = "https://schema.org"

    /// The block's text: the node with its `@context`, on one line.
    static func block(_ node: JSONValue) -> String {
        guard case .sortedObject = node else { return node.compact }
        return node.adding("@context", .string(context)).compact
    }

    /// A page that is not about one thing: a list, a figure, the search or the 404 page.
    static func webPage(_ type: String = "WebPage", title: String, description: String?, in context: PageContext) -> JSONValue {
        .fields([
            "@type": .string(type), "@id": .string(context.iri(context.path)), "url": .string(context.iri(context.path)),
            "name": .string(title), "description": .text(description),
            "inLanguage": .string(context.graph.settings.language), "isPartOf": website(in: context),
        ])
    }

    /// The home page: the site itself, and with a `base_url` how to search it.
    static func site(in context: PageContext) -> JSONValue {
        let settings = context.graph.settings
        let search = SiteAddress(settings).map { address -> JSONValue in
            .fields([
                "@type": .string("SearchAction"),
                "target": .fields(["@type": .string("EntryPoint"),
                                   "urlTemplate": .string(address.url(SitePath.search) + "?q={search_term_string}")]),
                "query-input": .string("required name=search_term_string"),
            ])
        }
        return .fields([
            "@type": .string("WebSite"), "@id": .string(context.iri(SitePath.home, "website")),
            "url": .string(context.iri(SitePath.home)), "name": .string(settings.title),
            "description": .text(settings.description), "inLanguage": .string(settings.language),
            "publisher": publisher(in: context), "potentialAction": search,
        ])
    }

    static func website(in context: PageContext) -> JSONValue {
        .fields(["@id": .string(context.iri(SitePath.home, "website"))])
    }

    /// The desk that publishes the site, named by the site's title.
    static func publisher(in context: PageContext) -> JSONValue {
        .fields(["@type": .string("Organization"), "@id": .string(context.iri(SitePath.home, "publisher")),
                 "name": .string(context.graph.settings.title)])
    }

    static func actorType(_ actor: Actor?) -> String { actor?.kind?.isPerson == true ? "Person" : "Organization" }

    /// A reference to an actor, with what a reader of this block needs to show it.
    static func actor(_ id: String, in context: PageContext) -> JSONValue {
        let actor = context.graph.actors[id]
        return .fields(["@type": .string(actorType(actor)), "@id": .string(context.iri(SitePath.actor(id), "actor")),
                        "name": .string(actor?.name ?? id), "url": .string(context.iri(SitePath.actor(id)))])
    }
}

extension PageContext {
    /// A page's address as JSON-LD uses it for `@id` and `url`: absolute (in folder form)
    /// with a `base_url`, else relative to this page.
    func iri(_ page: String, _ fragment: String? = nil) -> String {
        if let address = SiteAddress(graph.settings).map({ $0.url(page) }) {
            return fragment.map { String.joined(address, "#", $0) } ?? address
        }
        return fragment.map { String.joined(rootPrefix, page, "#", $0) } ?? String.joined(rootPrefix, page)
    }
}
