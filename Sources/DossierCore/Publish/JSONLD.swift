/// JSON-LD (schema.org) for every page, in `<script type="application/ld+json">` blocks.
/// Each block is one node with `@context`, `@type` and `@id`. Ids are stable: a page's
/// address, with a fragment for the thing it is about (`…/actors/x/#actor`), absolute
/// from `base_url` or else relative to the page, which resolves to the same IRI from
/// every page. Values are escaped so that none can end the script element.
enum JSONLD {
    static let context = "https://schema.org"

    /// A block's text: one node with its `@context`, on one line. `fields` writes the
    /// node's other fields, keys in byte order after `@context` (`@id`, `@type`, then
    /// the rest), leaving out those without a value: the bytes a `JSONValue` object of
    /// the same fields gives, written straight, not built as a tree and sorted.
    static func block(_ fields: (inout JSONBytes) -> Void) -> String {
        var json = JSONBytes(capacity: 1024)
        json.object { json in
            json.key("@context"); json.string(context)
            fields(&json)
        }
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// A page that is not about one thing: a list, a figure, the search or the 404 page.
    static func webPage(_ type: String = "WebPage", title: String, description: String?, in context: PageContext) -> String {
        block { json in
            json.key("@id"); json.string(context.iri(context.path))
            json.key("@type"); json.string(type)
            if let description { json.key("description"); json.string(description) }
            json.key("inLanguage"); json.string(context.graph.settings.language)
            json.key("isPartOf"); writeWebsite(&json, in: context)
            json.key("name"); json.string(title)
            json.key("url"); json.string(context.iri(context.path))
        }
    }

    /// The home page: the site itself, and with a `base_url` how to search it.
    static func site(in context: PageContext) -> String {
        let settings = context.graph.settings
        return block { json in
            json.key("@id"); json.string(context.iri(SitePath.home, "website"))
            json.key("@type"); json.string("WebSite")
            if let description = settings.description { json.key("description"); json.string(description) }
            json.key("inLanguage"); json.string(settings.language)
            json.key("name"); json.string(settings.title)
            if let address = SiteAddress(settings) {
                json.key("potentialAction")
                json.object { json in
                    json.key("@type"); json.string("SearchAction")
                    json.key("query-input"); json.string("required name=search_term_string")
                    json.key("target")
                    json.object { json in
                        json.key("@type"); json.string("EntryPoint")
                        json.key("urlTemplate"); json.string(address.url(SitePath.search) + "?q={search_term_string}")
                    }
                }
            }
            json.key("publisher"); writePublisher(&json, in: context)
            json.key("url"); json.string(context.iri(SitePath.home))
        }
    }

    static func actorType(_ actor: Actor?) -> String { actor?.kind?.isPerson == true ? "Person" : "Organization" }

    // The nodes the blocks hold, each written as an object.

    static func writeWebsite(_ json: inout JSONBytes, in context: PageContext) {
        json.object { json in json.key("@id"); json.string(context.iri(SitePath.home, "website")) }
    }

    /// The desk that publishes the site, named by the site's title.
    static func writePublisher(_ json: inout JSONBytes, in context: PageContext) {
        json.object { json in
            json.key("@id"); json.string(context.iri(SitePath.home, "publisher"))
            json.key("@type"); json.string("Organization")
            json.key("name"); json.string(context.graph.settings.title)
        }
    }

    /// A reference to an actor, with what a reader of this block needs to show it.
    static func writeActor(_ json: inout JSONBytes, _ id: String, in context: PageContext) {
        let actor = context.graph.actors[id]
        json.object { json in
            json.key("@id"); json.string(context.iri(SitePath.actor(id), "actor"))
            json.key("@type"); json.string(actorType(actor))
            json.key("name"); json.string(actor?.name ?? id)
            json.key("url"); json.string(context.iri(SitePath.actor(id)))
        }
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
