import CommonMark

/// A Markdown body (a brief's or an actor's bio) as HTML, with its references
/// (`[text](actor:ID)` and kin) turned into relative links and empty link text filled in.
/// Every other link and image keeps its destination only when `SafeURL.isBodyLink`
/// allows it; else it is emptied (`href=""`).
enum BodyHTML {
    /// `brief` is the brief the body belongs to, if any: its figures fill `[](figure:…)`
    /// and its sources section is where `source:` links go.
    static func render(_ body: Body, brief: Brief?, in context: PageContext) throws(DossierError) -> String {
        MarkdownDocument(try BodyText.read(body)).html(unsafe: context.graph.settings.unsafeHTML) { link in
            if link.kind == .link, let (kind, id) = ReferenceScanner.split(link.destination) {
                return rewrite(kind, id, brief: brief, in: context)
            }
            // Also with `unsafe_html`: raw HTML is the editor's explicit choice, a
            // Markdown link is not. cmark's safe mode would let `data:image/…` through.
            return SafeURL.isBodyLink(link.destination) ? nil : LinkRewrite(destination: "")
        }
    }

    /// The new destination and fill text of one reference; nil leaves the link as written.
    static func rewrite(_ kind: Reference.Kind, _ id: String, brief: Brief?, in context: PageContext) -> LinkRewrite? {
        let graph = context.graph
        switch kind {
        case .actor:
            guard let actor = graph.actors[id] else { return nil }
            return LinkRewrite(destination: context.href(section: SitePath.actorSection, id), fillText: actor.name)
        case .claim:
            guard let claim = graph.claims[id] else { return nil }
            return LinkRewrite(destination: context.href(section: SitePath.claimSection, id), fillText: claim.text)
        case .figure:
            guard graph.measures[id] != nil else { return nil }
            let figure = brief?.figures.first { $0.measure == id }
            let text = figure.map(FigureText.text(of:)) ?? context.measureLabel(id)
            return LinkRewrite(destination: context.href(section: SitePath.measureSection, id), fillText: text)
        case .brief:
            guard let title = graph.briefTitle(id) else { return nil }
            return LinkRewrite(destination: context.href(section: SitePath.briefSection, id), fillText: title)
        case .source:
            // The brief's own sources section when it lists the source (so the reader
            // sees title, publisher and grade); else the source's URL; else the newest
            // brief that lists it. See `PageContext.sourceTarget`.
            guard let source = graph.sources[id],
                  let target = context.sourceTarget(id, brief: brief?.slug) else { return nil }
            return LinkRewrite(destination: target.href, fillText: source.displayTitle)
        }
    }
}
