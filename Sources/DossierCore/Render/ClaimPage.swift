/// `claims/<id>/index.html`: the claim, its current status and history, the stance
/// timeline, the figures tied to it and the briefs that discuss it.
struct ClaimPage: Sendable, Encodable {
    var layout: Layout
    var text: String
    var status: Badge
    /// The claim's Atom feed, with a `base_url`.
    var feed: String?
    var history: [StatusRow]
    var stances: [StanceRow]
    var figures: [FigureRow]
    var briefs: [BriefItem]
    var hasHistory: Bool
    var hasStances: Bool
    var hasFigures: Bool
    var hasBriefs: Bool

    init(_ claim: Claim, in context: PageContext) {
        let relations = context.graph.relations
        layout = context.layout(title: claim.text, description: "Claim, \(claim.status.words): \(claim.text)", section: .claims,
                                structuredData: JSONLD.claimBlocks(claim, in: context),
                                feed: FeedLink(title: "Briefs that discuss this claim", href: context.href(SitePath.claimFeed(claim.id))))
        feed = layout.feeds.dropFirst().first?.href
        text = claim.text
        status = .status(claim.status)
        history = claim.history.map { StatusRow($0, in: context) }
        stances = claim.stances.map { StanceRow($0, in: context) }
        figures = (relations.figuresByClaim[claim.id] ?? []).map { FigureRow($0, in: context) }
        briefs = BriefItem.list(relations.briefsByClaim[claim.id] ?? [], in: context)
        (hasHistory, hasStances, hasFigures, hasBriefs) = (!history.isEmpty, !stances.isEmpty, !figures.isEmpty, !briefs.isEmpty)
    }
}

/// One status a brief gave the claim.
struct StatusRow: Sendable, Encodable {
    var date: DateView
    var status: Badge
    var brief: LinkView

    init(_ report: StatusReport, in context: PageContext) {
        date = DateView(report.date)
        status = .status(report.status)
        brief = context.brief(report.brief)
    }
}
