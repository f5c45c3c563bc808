/// `briefs/<slug>/index.html`: bottom line first, then judgments, body, actors, claims,
/// figures and sources.
struct BriefPage: Sendable, Encodable {
    var layout: Layout
    var title: String
    var date: DateView
    var updated: DateView?
    var summary: String?
    var judgments: [JudgmentView]
    var bodyHTML: String
    var cast: [CastRow]
    var claims: [BriefClaimView]
    var figures: [FigureRow]
    var sources: [SourceView]
    var hasJudgments: Bool
    var hasCast: Bool
    var hasClaims: Bool
    var hasFigures: Bool
    var hasSources: Bool

    init(_ brief: Brief, in context: PageContext) throws(DossierError) {
        layout = context.layout(title: brief.title, description: brief.summary, section: .briefs,
                                structuredData: [JSONLD.briefBlock(brief, in: context)])
        title = brief.title
        date = DateView(brief.date)
        updated = brief.updated.map(DateView.init)
        summary = brief.summary
        judgments = brief.judgments.map { JudgmentView($0, in: context) }
        bodyHTML = try BodyHTML.render(brief.body, brief: brief, in: context)
        cast = brief.cast.map { CastRow($0, in: context) }
        claims = brief.claims.map { BriefClaimView($0, of: brief, in: context) }
        figures = brief.figures.map { FigureRow($0, in: context) }
        sources = brief.sources.compactMap { context.graph.sources[$0] }.map(SourceView.init)
        (hasJudgments, hasCast, hasClaims) = (!judgments.isEmpty, !cast.isEmpty, !claims.isEmpty)
        (hasFigures, hasSources) = (!figures.isEmpty, !sources.isEmpty)
    }
}

/// A key judgment with its estimative words.
struct JudgmentView: Sendable, Encodable {
    var text: String
    var likelihood: Badge?
    var confidence: Badge?
    var claims: [LinkView]
    var hasClaims: Bool

    init(_ judgment: Judgment, in context: PageContext) {
        text = judgment.text
        likelihood = judgment.likelihood.map(Badge.likelihood)
        confidence = judgment.confidence.map(Badge.confidence)
        claims = judgment.claims.map(context.claim)
        hasClaims = !claims.isEmpty
    }
}

/// An actor as a brief lists it, with its kind and its role in that brief.
struct CastRow: Sendable, Encodable {
    var actor: LinkView
    var kind: String?
    var role: String?

    init(_ member: CastMember, in context: PageContext) {
        actor = context.actor(member.actor)
        kind = context.graph.actors[member.actor]?.kind?.words
        role = member.role
    }
}

/// A claim as a brief discusses it: the status as of the brief and the stances it reports.
struct BriefClaimView: Sendable, Encodable {
    var claim: LinkView
    var status: Badge
    var stances: [StanceRow]
    var hasStances: Bool

    init(_ item: BriefClaim, of brief: Brief, in context: PageContext) {
        claim = context.claim(item.claim)
        status = .status(item.status ?? BriefClaimView.status(of: item.claim, asOf: brief, in: context.graph))
        stances = item.stances.map { StanceRow($0, in: context) }
        hasStances = !stances.isEmpty
    }

    /// When a brief gives no status: the latest one given by then, else unverified.
    static func status(of claim: String, asOf brief: Brief, in graph: SiteGraph) -> ClaimStatus {
        let history = graph.claims[claim]?.history ?? []
        return history.last { $0.date <= brief.date }?.status ?? .unverified
    }
}
