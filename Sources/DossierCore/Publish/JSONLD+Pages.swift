/// The JSON-LD of the pages about one thing: a brief, a claim, an actor.
extension JSONLD {
    /// A brief: a `NewsArticle` about its claims, mentioning its actors, citing its sources.
    static func brief(_ brief: Brief, in context: PageContext) -> JSONValue {
        let page = SitePath.brief(brief.slug)
        return .fields([
            "@type": .string("NewsArticle"), "@id": .string(context.iri(page, "article")),
            "url": .string(context.iri(page)), "mainEntityOfPage": .string(context.iri(page)),
            "headline": .string(brief.title), "description": .text(brief.summary),
            "datePublished": .string(brief.date.description), "dateModified": .string(brief.lastChanged.description),
            "inLanguage": .string(context.graph.settings.language), "isPartOf": website(in: context),
            "author": publisher(in: context), "publisher": publisher(in: context),
            "about": list(brief.claims.map { claim($0.claim, in: context) }),
            "mentions": list(brief.cast.map { actor($0.actor, in: context) }),
            "citation": list(brief.sources.map { source($0, in: context) }),
        ])
    }

    /// A claim: where it appeared and who asserted it; with a `ClaimReview` only when its
    /// current status is a verdict (confirmed or refuted).
    static func claim(_ claim: Claim, in context: PageContext) -> [JSONValue] {
        let page = SitePath.claim(claim.id)
        let briefs = context.graph.relations.briefsByClaim[claim.id] ?? []
        var asserters: [String] = []
        for stance in claim.stances where stance.kind == .asserts && !asserters.contains(stance.actor) {
            asserters.append(stance.actor)
        }
        let node = JSONValue.fields([
            "@type": .string("Claim"), "@id": .string(context.iri(page, "claim")), "url": .string(context.iri(page)),
            "name": .string(claim.text), "text": .string(claim.text),
            "appearance": list(briefs.map { article($0, in: context) }),
            "firstAppearance": briefs.last.map { article($0, in: context) },
            "author": list(asserters.map { actor($0, in: context) }),
        ])
        guard let review = review(claim, in: context) else { return [node] }
        return [node, review]
    }

    private static func review(_ claim: Claim, in context: PageContext) -> JSONValue? {
        guard claim.status.isVerdict, let verdict = claim.history.last else { return nil }
        let page = SitePath.claim(claim.id)
        let rating: Double = claim.status == .confirmed ? 5 : 1
        return .fields([
            "@type": .string("ClaimReview"), "@id": .string(context.iri(page, "review")), "url": .string(context.iri(page)),
            "claimReviewed": .string(claim.text), "itemReviewed": .fields(["@id": .string(context.iri(page, "claim"))]),
            "reviewRating": .fields(["@type": .string("Rating"), "alternateName": .string(claim.status.words.capitalized),
                                     "ratingValue": .number(rating), "bestRating": .number(5), "worstRating": .number(1)]),
            "author": publisher(in: context), "datePublished": .string(verdict.date.description),
        ])
    }

    /// An actor's page: a `ProfilePage` whose main entity is the `Person` or `Organization`.
    static func profile(_ actor: Actor, in context: PageContext) -> JSONValue {
        let page = SitePath.actor(actor.id)
        let isPerson = actor.kind?.isPerson == true
        let affiliation = actor.affiliation.map { self.actor($0, in: context) }
        let country = actor.country.map { code -> JSONValue in
            isPerson ? .fields(["@type": .string("Country"), "name": .string(code)])
                     : .fields(["@type": .string("PostalAddress"), "addressCountry": .string(code)])
        }
        let entity = JSONValue.fields([
            "@type": .string(actorType(actor)), "@id": .string(context.iri(page, "actor")), "url": .string(context.iri(page)),
            "name": .string(actor.name), "alternateName": actor.aliases.isEmpty ? nil : .strings(actor.aliases),
            isPerson ? "affiliation" : "parentOrganization": affiliation,
            isPerson ? "nationality" : "address": country,
        ])
        return .fields([
            "@type": .string("ProfilePage"), "@id": .string(context.iri(page)), "url": .string(context.iri(page)),
            "name": .string(actor.name), "inLanguage": .string(context.graph.settings.language),
            "isPartOf": website(in: context), "mainEntity": entity,
        ])
    }

    private static func list(_ nodes: [JSONValue]) -> JSONValue? { nodes.isEmpty ? nil : .array(nodes) }
}
