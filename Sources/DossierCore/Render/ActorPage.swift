/// `actors/<id>/index.html`: identity, roles by brief, stances grouped, figures stated,
/// briefs that mention the actor, body references to it, bio.
struct ActorPage: Sendable, Encodable {
    var layout: Layout
    var name: String
    var kind: String?
    var affiliation: LinkView?
    var country: String?
    var aliases: String?
    var bioHTML: String?
    /// The actor's Atom feed, with a `base_url`.
    var feed: String?
    var roles: [RoleRow]
    var stanceGroups: [StanceGroup]
    var figures: [FigureRow]
    var briefs: [BriefItem]
    var backlinks: [BriefItem]
    var hasRoles: Bool
    var hasStances: Bool
    var hasFigures: Bool
    var hasBriefs: Bool
    var hasBacklinks: Bool

    init(_ actor: Actor, in context: PageContext) throws(DossierError) {
        let relations = context.graph.relations
        let mentions = relations.briefsByActor[actor.id] ?? []
        layout = context.layout(title: actor.name, description: ActorPage.description(actor, briefs: mentions.count), section: .actors,
                                structuredData: [JSONLD.profile(actor, in: context)],
                                feed: FeedLink(title: "Briefs that mention \(actor.name)", href: context.href(SitePath.actorFeed(actor.id))))
        feed = layout.feeds.dropFirst().first?.href
        name = actor.name
        kind = actor.kind?.words
        affiliation = actor.affiliation.map(context.actor)
        country = actor.country
        aliases = actor.aliases.isEmpty ? nil : actor.aliases.joined(separator: "; ")
        bioHTML = try actor.bio.map { bio throws(DossierError) in try BodyHTML.render(bio, brief: nil, in: context) }
        roles = mentions.compactMap { slug in
            relations.briefIndex[slug].map { RoleRow(actor.id, inBriefAt: $0, context: context) }
        }
        let stances = relations.stancesByActor[actor.id] ?? []
        stanceGroups = StanceKind.allCases.compactMap { StanceGroup($0, stances: stances, in: context) }
        figures = (relations.figuresByActor[actor.id] ?? []).map { FigureRow($0, in: context) }
        briefs = BriefItem.list(mentions, in: context)
        backlinks = BriefItem.list(relations.backlinks[EntityName(kind: .actor, id: actor.id)] ?? [], in: context)
        (hasRoles, hasStances, hasFigures) = (!roles.isEmpty, !stanceGroups.isEmpty, !figures.isEmpty)
        (hasBriefs, hasBacklinks) = (!briefs.isEmpty, !backlinks.isEmpty)
    }

    private static func description(_ actor: Actor, briefs: Int) -> String {
        let kind = actor.kind.map { " (\($0.words))" } ?? ""
        return "\(actor.name)\(kind): roles, stances and figures across \(briefs) brief\(briefs == 1 ? "" : "s")."
    }
}

/// The role an actor had in one brief.
struct RoleRow: Sendable, Encodable {
    var brief: LinkView
    var date: DateView
    var role: String

    /// The brief at `index` of the graph's briefs, read field by field where it is, as
    /// `BriefItem(at:in:)` does.
    init(_ actor: String, inBriefAt index: Int, context: PageContext) {
        let (slug, title, date, cast) = context.graph.briefs.withUnsafeBufferPointer {
            ($0[index].slug, $0[index].title, $0[index].date, $0[index].cast)
        }
        brief = context.link(toBrief: slug, title: title)
        self.date = DateView(date)
        role = cast.first { $0.actor == actor }?.role ?? "Mentioned, no role given"
    }
}

/// An actor's stances of one kind: "Asserts: 2 claims", then the claims.
struct StanceGroup: Sendable, Encodable {
    var heading: String
    var stances: [StanceRow]

    init?(_ kind: StanceKind, stances all: [Stance], in context: PageContext) {
        let stances = all.filter { $0.kind == kind }
        guard !stances.isEmpty else { return nil }
        let verb = kind.words.prefix(1).uppercased() + kind.words.dropFirst()
        heading = "\(verb): \(stances.count) claim\(stances.count == 1 ? "" : "s")"
        self.stances = stances.map { StanceRow($0, in: context) }
    }
}
