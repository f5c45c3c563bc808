/// The JSON-LD of the pages about one thing: a brief, a claim, an actor.
extension JSONLD {
    /// A brief's block: a `NewsArticle` about its claims, mentioning its actors, citing its
    /// sources. As a tree of `JSONValue`s, made, sorted, written and let go, it was the
    /// costliest part of a brief's page after its body.
    static func briefBlock(_ brief: Brief, in context: PageContext) -> String {
        let page = SitePath.brief(brief.slug)
        return block { json in
            json.key("@id"); json.string(context.iri(page, "article"))
            json.key("@type"); json.string("NewsArticle")
            json.list("about", brief.claims) { json, use in writeClaim(&json, use.claim, in: context) }
            json.key("author"); writePublisher(&json, in: context)
            json.list("citation", brief.sources) { json, id in writeSource(&json, id, in: context) }
            json.key("dateModified"); json.string(brief.lastChanged.description)
            json.key("datePublished"); json.string(brief.date.description)
            if let summary = brief.summary { json.key("description"); json.string(summary) }
            json.key("headline"); json.string(brief.title)
            json.key("inLanguage"); json.string(context.graph.settings.language)
            json.key("isPartOf"); writeWebsite(&json, in: context)
            json.key("mainEntityOfPage"); json.string(context.iri(page))
            json.list("mentions", brief.cast) { json, member in writeActor(&json, member.actor, in: context) }
            json.key("publisher"); writePublisher(&json, in: context)
            json.key("url"); json.string(context.iri(page))
        }
    }

    // The nodes only these blocks hold.

    private static func writeClaim(_ json: inout JSONBytes, _ id: String, in context: PageContext) {
        json.object { json in
            json.key("@id"); json.string(context.iri(SitePath.claim(id), "claim"))
            json.key("@type"); json.string("Claim")
            json.key("name"); json.string(context.graph.claims[id]?.text ?? id)
            json.key("url"); json.string(context.iri(SitePath.claim(id)))
        }
    }

    private static func writeArticle(_ json: inout JSONBytes, _ slug: String, in context: PageContext) {
        let brief = context.graph.withBrief(slug) { (title: $0.title, date: $0.date) }
        json.object { json in
            json.key("@id"); json.string(context.iri(SitePath.brief(slug), "article"))
            json.key("@type"); json.string("NewsArticle")
            if let date = brief?.date { json.key("datePublished"); json.string(date.description) }
            json.key("headline"); json.string(brief?.title ?? slug)
            json.key("url"); json.string(context.iri(SitePath.brief(slug)))
        }
    }

    private static func writeSource(_ json: inout JSONBytes, _ id: String, in context: PageContext) {
        let source = context.graph.sources[id]
        let sourceID = source?.url ?? context.graph.relations.newestBriefListing[id]
            .map { context.iri(SitePath.brief($0), "source-\(id)") } ?? id
        json.object { json in
            json.key("@id"); json.string(sourceID)
            json.key("@type"); json.string("CreativeWork")
            if let date = source?.date { json.key("datePublished"); json.string(date.description) }
            json.key("name"); json.string(source?.displayTitle ?? id)
            if let publisher = source?.publisher {
                json.key("publisher")
                json.object { json in
                    json.key("@type"); json.string("Organization")
                    json.key("name"); json.string(publisher)
                }
            }
            if let url = source?.url { json.key("url"); json.string(url) }
        }
    }

    /// A claim's blocks: where it appeared and who asserted it; with a `ClaimReview` only
    /// when its current status is a verdict (confirmed or refuted).
    static func claimBlocks(_ claim: Claim, in context: PageContext) -> [String] {
        let page = SitePath.claim(claim.id)
        let briefs = context.graph.relations.briefsByClaim[claim.id] ?? []
        var asserters: [String] = []
        for stance in claim.stances where stance.kind == .asserts && !asserters.contains(stance.actor) {
            asserters.append(stance.actor)
        }
        let node = block { json in
            json.key("@id"); json.string(context.iri(page, "claim"))
            json.key("@type"); json.string("Claim")
            json.list("appearance", briefs) { json, slug in writeArticle(&json, slug, in: context) }
            json.list("author", asserters) { json, id in writeActor(&json, id, in: context) }
            if let first = briefs.last { json.key("firstAppearance"); writeArticle(&json, first, in: context) }
            json.key("name"); json.string(claim.text)
            json.key("text"); json.string(claim.text)
            json.key("url"); json.string(context.iri(page))
        }
        guard let review = reviewBlock(claim, in: context) else { return [node] }
        return [node, review]
    }

    private static func reviewBlock(_ claim: Claim, in context: PageContext) -> String? {
        guard claim.status.isVerdict, let verdict = claim.history.last else { return nil }
        let page = SitePath.claim(claim.id)
        return block { json in
            json.key("@id"); json.string(context.iri(page, "review"))
            json.key("@type"); json.string("ClaimReview")
            json.key("author"); writePublisher(&json, in: context)
            json.key("claimReviewed"); json.string(claim.text)
            json.key("datePublished"); json.string(verdict.date.description)
            json.key("itemReviewed"); json.object { json in json.key("@id"); json.string(context.iri(page, "claim")) }
            json.key("reviewRating")
            json.object { json in
                json.key("@type"); json.string("Rating")
                json.key("alternateName"); json.string(claim.status.words.capitalized)
                json.key("bestRating"); json.number(5)
                json.key("ratingValue"); json.number(claim.status == .confirmed ? 5 : 1)
                json.key("worstRating"); json.number(1)
            }
            json.key("url"); json.string(context.iri(page))
        }
    }

    /// An actor's page: a `ProfilePage` whose main entity is the `Person` or `Organization`.
    static func profile(_ actor: Actor, in context: PageContext) -> String {
        let page = SitePath.actor(actor.id)
        return block { json in
            json.key("@id"); json.string(context.iri(page))
            json.key("@type"); json.string("ProfilePage")
            json.key("inLanguage"); json.string(context.graph.settings.language)
            json.key("isPartOf"); writeWebsite(&json, in: context)
            json.key("mainEntity"); writeProfiled(&json, actor, in: context)
            json.key("name"); json.string(actor.name)
            json.key("url"); json.string(context.iri(page))
        }
    }

    /// The person or organization itself. Its affiliation and country go under
    /// schema.org's names for each kind, which sort differently among the other keys.
    private static func writeProfiled(_ json: inout JSONBytes, _ actor: Actor, in context: PageContext) {
        let page = SitePath.actor(actor.id)
        let isPerson = actor.kind?.isPerson == true
        json.object { json in
            json.key("@id"); json.string(context.iri(page, "actor"))
            json.key("@type"); json.string(actorType(actor))
            if !isPerson, let code = actor.country {
                json.key("address")
                json.object { json in
                    json.key("@type"); json.string("PostalAddress")
                    json.key("addressCountry"); json.string(code)
                }
            }
            if isPerson, let affiliation = actor.affiliation { json.key("affiliation"); writeActor(&json, affiliation, in: context) }
            if !actor.aliases.isEmpty { json.key("alternateName"); json.strings(actor.aliases) }
            json.key("name"); json.string(actor.name)
            if isPerson, let code = actor.country {
                json.key("nationality")
                json.object { json in
                    json.key("@type"); json.string("Country")
                    json.key("name"); json.string(code)
                }
            }
            if !isPerson, let affiliation = actor.affiliation {
                json.key("parentOrganization"); writeActor(&json, affiliation, in: context)
            }
            json.key("url"); json.string(context.iri(page))
        }
    }
}
