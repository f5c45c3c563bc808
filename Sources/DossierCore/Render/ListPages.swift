/// `briefs/index.html`: every brief, newest first.
struct BriefListPage: Sendable, Encodable {
    var layout: Layout
    var briefs: [BriefItem]
    var hasBriefs: Bool

    init(in context: PageContext) {
        layout = context.layout(title: "Briefs", description: nil, section: .briefs, pageType: "CollectionPage")
        briefs = context.graph.briefs.indices.map { BriefItem(at: $0, in: context) }
        hasBriefs = !briefs.isEmpty
    }
}

/// `actors/index.html`: actors grouped by kind, by name within a group.
struct ActorListPage: Sendable, Encodable {
    var layout: Layout
    var groups: [ActorGroup]
    var hasGroups: Bool

    init(in context: PageContext) {
        layout = context.layout(title: "Actors", description: nil, section: .actors, pageType: "CollectionPage")
        let actors = context.graph.actorsByName
        let kinds: [ActorKind?] = ActorKind.allCases + [nil]
        groups = kinds.compactMap { kind in
            let members = actors.filter { $0.kind == kind }
            return members.isEmpty ? nil : ActorGroup(kind: kind, actors: members, in: context)
        }
        hasGroups = !groups.isEmpty
    }
}

struct ActorGroup: Sendable, Encodable {
    var heading: String
    var anchor: String
    var actors: [ActorItem]

    init(kind: ActorKind?, actors: [Actor], in context: PageContext) {
        heading = kind.map(ActorGroup.heading) ?? "Kind not given"
        anchor = "kind-\(kind?.rawValue ?? "unknown")"
        self.actors = actors.map { ActorItem($0, in: context) }
    }

    static func heading(_ kind: ActorKind) -> String {
        switch kind {
        case .person: "People"
        case .state: "States"
        case .government: "Governments"
        case .military: "Armed forces"
        case .intelligence: "Intelligence services"
        case .armedGroup: "Armed groups"
        case .party: "Parties"
        case .igo: "Intergovernmental organisations"
        case .ngo: "Non-governmental organisations"
        case .media: "Media"
        case .company: "Companies"
        case .other: "Other"
        }
    }
}

struct ActorItem: Sendable, Encodable {
    var link: LinkView
    var affiliation: LinkView?
    var country: String?
    var briefCount: String

    init(_ actor: Actor, in context: PageContext) {
        link = context.actor(actor.id)
        affiliation = actor.affiliation.map(context.actor)
        country = actor.country
        let n = context.graph.relations.briefsByActor[actor.id]?.count ?? 0
        briefCount = "\(n) brief\(n == 1 ? "" : "s")"
    }
}

/// `claims/index.html`: every claim with its current status, by text.
struct ClaimListPage: Sendable, Encodable {
    var layout: Layout
    var claims: [ClaimItem]
    var hasClaims: Bool

    init(in context: PageContext) {
        layout = context.layout(title: "Claims", description: nil, section: .claims, pageType: "CollectionPage")
        let all = context.graph.claimsByText
        claims = all.map { ClaimItem($0, in: context) }
        hasClaims = !claims.isEmpty
    }
}

struct ClaimItem: Sendable, Encodable {
    var link: LinkView
    var status: Badge
    var counts: String

    init(_ claim: Claim, in context: PageContext) {
        link = context.claim(claim.id)
        status = .status(claim.status)
        let against = claim.opposition
        let n = claim.stances.count
        counts = "\(n) stance\(n == 1 ? "" : "s"), \(against) against"
    }
}
